/**
 * What a run produces, as plain records: survey estimate rows, statistical tables, the inputs'
 * validated rows and their rejects, the method facts of the report. Made by {@code ingest},
 * {@code municipal}, {@code indicator} and {@code batch}; stored by {@code store}; rendered by
 * {@code publish}. Depends on nothing else of the project, so every room can share it.
 */
package se.hrvstat.result;
