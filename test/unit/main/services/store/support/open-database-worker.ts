// Worker entry for the concurrent-open test: opens (and so migrates) the database in the folder
// it is given, then says 'ok' or the error's class and code.
import { parentPort, workerData } from 'node:worker_threads';
import { describeErrorSafely } from '../../../../../../main/services/log.ts';
import { openDatabase } from '../../../../../../main/services/store/database.ts';

try {
  openDatabase(workerData as string).close();
  parentPort!.postMessage('ok');
} catch (error) {
  parentPort!.postMessage(describeErrorSafely(error));
}
