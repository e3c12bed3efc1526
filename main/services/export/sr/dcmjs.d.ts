// The parts of dcmjs (0.52, no bundled types) the SR writer uses. Extend here rather than adding a
// second declaration of the module.
declare module 'dcmjs' {
  export type NaturalDataset = Record<string, unknown>;

  interface DicomDictInstance {
    dict: Record<string, unknown>;
    write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
  }

  interface DicomDictConstructor {
    new (meta: Record<string, unknown>): DicomDictInstance;
  }

  interface DicomMessageStatic {
    readFile(buffer: ArrayBuffer, options?: { ignoreErrors?: boolean }): { meta: Record<string, unknown>; dict: Record<string, unknown> };
  }

  interface DicomMetaDictionaryStatic {
    denaturalizeDataset(dataset: NaturalDataset): Record<string, unknown>;
    naturalizeDataset(dataset: Record<string, unknown>): NaturalDataset;
    /** PS3.6 by '(GGGG,EEEE)'; the de-identifier reads implicit-VR files' VRs from it. */
    dictionary: Record<string, { vr: string } | undefined>;
  }

  const dcmjs: {
    data: {
      DicomDict: DicomDictConstructor;
      DicomMessage: DicomMessageStatic;
      DicomMetaDictionary: DicomMetaDictionaryStatic;
    };
    log: { setLevel(level: string): void };
  };
  export default dcmjs;
}
