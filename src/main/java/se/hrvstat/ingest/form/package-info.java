/**
 * The municipal mapping form (Excel). {@link se.hrvstat.ingest.form.MunicipalForm} is the way in:
 * the layout (sheets, cells, code lists) and the calls to write the blank template or a filled
 * form and to read a filled form back. Behind it: the Swedish words of the form
 * ({@code report-templates/form.properties} through {@code FormWords}, {@code FormLabels},
 * {@code FormInstructions}); the writer ({@code FormWriter} with one writer
 * per sheet, {@code ReproducibleZip} for byte-identical files); the guarded reader
 * ({@code GuardedWorkbook} for size and zip-bomb limits, {@code FormReader} with
 * {@code CheckedSheet} for the sheet and cell checks).
 */
package se.hrvstat.ingest.form;
