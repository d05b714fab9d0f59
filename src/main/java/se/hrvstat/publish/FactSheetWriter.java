package se.hrvstat.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import se.hrvstat.result.MunicipalProfile;

/**
 * Writes one municipal profile {@code <kod>-<namn>.pdf} from {@value #PROFILE_TEMPLATE}: the
 * municipality's figures beside its county's, the nation's and last year's. The template is compiled once per
 * JVM (the cache of {@link PdfReportWriter#template}); filling and export are independent per
 * sheet, so one writer may be used from many threads at once.
 */
public final class FactSheetWriter {

    /** The template of the municipal profiles. */
    public static final String PROFILE_TEMPLATE = "municipal-profile.jrxml";
    private final PdfReportWriter templates;
    private final Texts texts;

    /** Reads the template and the words ({@link Texts}) from {@code templatesDir}, else from the jar. */
    public FactSheetWriter(Path templatesDir) {
        this.templates = new PdfReportWriter(templatesDir);
        this.texts = Texts.load(templatesDir);
    }

    /** Compiles the template now (once), so that parallel writers only fill. */
    public FactSheetWriter precompile() throws IOException {
        templates.template(PROFILE_TEMPLATE);
        return this;
    }

    /** File name of a profile: code and a file-safe name, e.g. {@code 0180-stockholm.pdf}. */
    public static String fileName(MunicipalProfile profile) {
        return fileName(profile.code(), profile.name());
    }

    /** Writes the municipal profile into {@code folder} atomically ({@value #PROFILE_TEMPLATE}); returns its path. */
    public Path write(MunicipalProfile profile, Path folder) throws IOException {
        return export(fill(profile), folder.resolve(fileName(profile)),
                texts.get("profile.title", profile.name(), profile.year()), profile.name(), profile.year());
    }

    private static String fileName(String code, String name) {
        return code + (name == null || name.isBlank() ? "" : "-" + PxWriter.safeName(name)) + ".pdf";
    }

    /** Exports a filled sheet as tagged PDF into {@code file} atomically, with its document properties. */
    private Path export(JasperPrint print, Path file, String title, String municipality, int year) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                PdfExport.export(print, out, title, texts.get("publisher"), texts.get("factsheet.subject"),
                        texts.get("factsheet.keywords", municipality, year));
            }
        });
        return file;
    }

    JasperPrint fill(MunicipalProfile profile) throws IOException {
        JasperReport report = templates.template(PROFILE_TEMPLATE);
        ProfileLines lines = new ProfileLines(profile, texts);
        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, SwedishFormat.LOCALE);
        params.put("TITLE", texts.get("profile.title", profile.name(), profile.year()));
        params.put("SUBTITLE", texts.get("profile.subtitle", profile.code(), profile.county()));
        params.put("INTRO", lines.intro());
        params.put("FOOTER", texts.get("profile.footer", profile.year(), profile.name(), texts.get("publisher")));
        params.put("PUBLISHER", texts.get("publisher"));
        params.put("NOTES", String.join("\n", lines.notes()));
        try {
            return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(report, params, new JRMapCollectionDataSource(lines.rows()));
        } catch (JRException e) {
            throw new IOException("could not fill the profile of " + profile.code() + ": " + e.getMessage(), e);
        }
    }
}
