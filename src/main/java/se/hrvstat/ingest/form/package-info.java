/**
 * The municipal mapping form (Excel): its layout, writing the blank template and filled forms,
 * and reading a filled form back with guards against hostile files. See
 * {@link se.hrvstat.ingest.form.MunicipalForm}.
 */
package se.hrvstat.ingest.form;
