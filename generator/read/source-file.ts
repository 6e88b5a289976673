// One input file as the read stage hands it to the readers.

/** A source file: posix path (as given / relative to cwd) and its decoded text. */
export interface SourceFile {
  path: string;
  text: string;
}
