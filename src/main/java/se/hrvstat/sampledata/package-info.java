/**
 * Seeded generator of the project's sample data with a known truth: a finite school population
 * and a stratified two-stage sample for the youth survey (three waves), the municipal mapping
 * (returns as CSV rows and as Excel forms), truth files, and deliberately broken files.
 * Entry point: {@link se.hrvstat.sampledata.SampleDataGenerator}. The model is described in
 * {@code sample-data/TRUTH.md}, which the generator writes.
 */
package se.hrvstat.sampledata;
