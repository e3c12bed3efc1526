// A child process for the crash-safety test: the real services on a real data folder apply a
// stream of edits, one acknowledgement line on stdout after each call returns, until killed.
// Run with Node 24: node edit-stream.ts <dataDir> <studyInstanceUID>
import fs from 'node:fs';
import { updateClinical } from '../../../../../../main/services/cases/clinical.ts';
import { addFinding, updateFinding } from '../../../../../../main/services/cases/findings.ts';
import { openCase } from '../../../../../../main/services/cases/open-case.ts';
import { createServices } from '../../../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../../../main/services/log.ts';
import type { Finding } from '../../../../../../shared/domain/findings.ts';

const [dataDir, studyInstanceUID] = process.argv.slice(2) as [string, string];
const services = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
openCase(services, studyInstanceUID);

const LEVELS = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const;

/** Written with a synchronous write: the line leaves only after the call that saved the edit returned. */
function ack(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

for (let i = 1; i <= 100_000; i += 1) {
  const finding: Finding = { id: `f${i}`, level: LEVELS[i % LEVELS.length]!, type: 'disc-degeneration', pfirrmann: 3 };
  switch (i % 3) {
    case 0:
      addFinding(services, { studyInstanceUID, finding });
      ack(`add f${i}`);
      break;
    case 1:
      updateClinical(services, { studyInstanceUID, changes: { notes: `edit ${i}`, durationWeeks: i } });
      ack(`clinical ${i}`);
      break;
    default: {
      const earlier = `f${i - 2}`;
      if (i > 3) {
        updateFinding(services, { studyInstanceUID, finding: { id: earlier, level: LEVELS[(i - 2) % LEVELS.length]!, type: 'disc-degeneration', pfirrmann: 4 } });
        ack(`update ${earlier}`);
      }
    }
  }
}
