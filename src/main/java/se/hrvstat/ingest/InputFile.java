package se.hrvstat.ingest;

import java.nio.file.Path;

import se.hrvstat.result.InputKind;

/** A file found under the data directory: what it holds and the wave or year it is for. */
public record InputFile(Path path, InputKind kind, int period) {
}
