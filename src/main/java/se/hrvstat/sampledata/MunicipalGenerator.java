package se.hrvstat.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.hrvstat.ingest.form.Efforts;
import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.ingest.form.ReturnRow;
import se.hrvstat.sampledata.Geography.Place;

/**
 * Generates the municipal mapping (kartläggning) for one year: {@code returns.csv},
 * {@code efforts.csv}, {@code population_municipal.csv} and a few filled-in forms, plus the
 * truth file {@code truth/municipal-<year>.csv} with the true persons per municipality and
 * sector, also for municipalities that did not return.
 *
 * <p>Counts are Poisson with mean {@code population(sex, age) × rate(sector, age, sex) / 10 000 ×
 * municipality factor × year factor}; each person has the violence types independently with
 * fixed probabilities, so a type count never exceeds {@code personer} in its cell.
 */
final class MunicipalGenerator {

    static final int[] YEARS = {2023, 2024};
    static final String[] REAL_AGES = {"0-12", "13-17", "18-25", "26+"};
    static final String[] POP_SEXES = {"flicka_kvinna", "pojke_man"};
    static final double NON_RETURN_SHARE = 0.10;
    static final int FORMS_PER_YEAR = 4;
    static final int RESUBMISSIONS_PER_YEAR = 5;
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Persons per 10 000 inhabitants of the group in social services, by real age group. */
    static final double[] BASE_RATE = {4.0, 14.0, 8.0, 1.2};
    /** Sector factors by age group (rows: sectors in {@link MunicipalForm#SECTORS} order). */
    static final double[][] SECTOR_FACTOR = {
            {1.0, 1.0, 1.0, 1.0},
            {0.5, 0.7, 0.15, 0.01},
            {0.3, 0.3, 0.35, 0.4},
            {0.2, 0.2, 0.2, 0.2}};
    static final double BOYS_FACTOR = 0.4;
    /** Probability that a known person was exposed to each type, by real age group (then okand). */
    static final double[][] TYPE_PROB = {
            // kontroll, hot, vald, tvangsaktenskap, barnaktenskap, konsstympning, bortforande
            {0.60, 0.40, 0.40, 0.01, 0.02, 0.05, 0.06},
            {0.80, 0.55, 0.35, 0.08, 0.06, 0.03, 0.08},
            {0.75, 0.60, 0.35, 0.12, 0.01, 0.02, 0.04},
            {0.70, 0.60, 0.40, 0.08, 0.01, 0.02, 0.01},
            {0.70, 0.50, 0.35, 0.05, 0.02, 0.02, 0.04}};

    private final ReferenceData ref;
    private final Geography geo;
    private final long seed;

    MunicipalGenerator(ReferenceData ref, Geography geo, long seed) {
        this.ref = ref;
        this.geo = geo;
        this.seed = seed;
    }

    record YearSummary(int year, int municipalities, int csvReturns, int forms, int nonReturns, int resubmissions,
            long returnRows, List<String> formKommunkoder, List<String> resubmitted, List<String> nonReturning) {
    }

    /** Population of a municipality by sex and real age group (index [sex][age]). */
    long[][] population(Place p, int year) {
        Rng r = Rng.of(seed, "muni-pop", p.kommunkod());
        double urban = Math.log(p.inhabitants() / 20_000.0);
        double young = 0.145 + 0.01 * r.gaussian();
        double teen = 0.060 + 0.004 * r.gaussian();
        double youngAdult = 0.088 + 0.012 * Math.max(-1, Math.min(3, urban)) + 0.005 * r.gaussian();
        double[] share = {young, teen, youngAdult, 1 - young - teen - youngAdult};
        double growth = 1 + 0.004 * (year - 2023) * (1 + Math.max(0, urban));
        double total = p.inhabitants() * growth;
        long[][] pop = new long[2][4];
        for (int a = 0; a < 4; a++) {
            double girls = a == 3 ? 0.503 : 0.487;
            pop[0][a] = Math.round(total * share[a] * girls);
            pop[1][a] = Math.round(total * share[a] * (1 - girls));
        }
        return pop;
    }

    YearSummary generateYear(int year, Path municipalDir, Path truthDir) {
        Path dir = municipalDir.resolve(String.valueOf(year));
        removeOldForms(dir.resolve("forms"));
        List<Place> places = geo.places();
        Rng status = Rng.of(seed, "muni-status", year);
        List<String> nonReturning = new ArrayList<>();
        List<Place> returning = new ArrayList<>();
        for (Place p : places) {
            if (status.bernoulli(NON_RETURN_SHARE)) {
                nonReturning.add(p.kommunkod());
            } else {
                returning.add(p);
            }
        }
        List<String> formCodes = new ArrayList<>();
        for (int i : status.srswor(returning.size(), FORMS_PER_YEAR)) {
            formCodes.add(returning.get(i).kommunkod());
        }
        List<Place> csvReturning = new ArrayList<>();
        for (Place p : returning) {
            if (!formCodes.contains(p.kommunkod())) {
                csvReturning.add(p);
            }
        }
        List<String> resubmitted = new ArrayList<>();
        for (int i : status.srswor(csvReturning.size(), RESUBMISSIONS_PER_YEAR)) {
            resubmitted.add(csvReturning.get(i).kommunkod());
        }

        long rowsWritten = 0;
        try (Csv pop = Csv.open(dir.resolve("population_municipal.csv"));
                Csv returns = Csv.open(dir.resolve("returns.csv"));
                Csv efforts = Csv.open(dir.resolve("efforts.csv"));
                Csv truth = Csv.open(truthDir.resolve("municipal-" + year + ".csv"))) {
            pop.row(ExchangeHeaders.POPULATION_MUNICIPAL);
            returns.row(ExchangeHeaders.RETURNS);
            efforts.row(ExchangeHeaders.EFFORTS);
            truth.row("year", "kommunkod", "returned_as", "sector", "personer");
            for (Place p : places) {
                long[][] population = population(p, year);
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < 4; a++) {
                        pop.row(String.valueOf(year), p.kommunkod(), POP_SEXES[s], REAL_AGES[a],
                                String.valueOf(population[s][a]));
                    }
                }
                Rng r = Rng.of(seed, "muni-cases", year, p.kommunkod());
                OffsetDateTime submitted = submittedTime(r, year);
                List<List<ReturnRow>> bySector = new ArrayList<>();
                for (int sec = 0; sec < MunicipalForm.SECTORS.size(); sec++) {
                    bySector.add(cases(r, p, population, year, sec));
                }
                Efforts eff = efforts(p, year);
                String as = nonReturning.contains(p.kommunkod()) ? "none"
                        : formCodes.contains(p.kommunkod()) ? "form" : "csv";
                int resubSector = -1;
                List<ReturnRow> resubRows = null;
                OffsetDateTime later = null;
                if (as.equals("csv") && resubmitted.contains(p.kommunkod())) {
                    // a later, corrected submission of one sector: all its rows again, a few counts changed
                    resubSector = r.between(0, MunicipalForm.SECTORS.size() - 1);
                    later = submitted.plusDays(r.between(3, 40)).plusMinutes(r.between(0, 300));
                    resubRows = corrected(r, bySector.get(resubSector));
                }
                for (int sec = 0; sec < bySector.size(); sec++) {
                    List<ReturnRow> finalRows = sec == resubSector ? resubRows : bySector.get(sec);
                    truth.row(String.valueOf(year), p.kommunkod(), as, MunicipalForm.SECTORS.get(sec),
                            String.valueOf(personsTotal(finalRows)));
                }
                if (as.equals("none")) {
                    continue;
                }
                if (as.equals("form")) {
                    List<ReturnRow> all = new ArrayList<>();
                    bySector.forEach(all::addAll);
                    MunicipalForm.writeFilled(dir.resolve("forms").resolve(p.kommunkod() + ".xlsx"),
                            new FormContent(p.kommunkod(), year, submitted, all, eff));
                    continue;
                }
                for (List<ReturnRow> rows : bySector) {
                    rowsWritten += writeRows(returns, year, p.kommunkod(), rows, submitted);
                }
                if (resubRows != null) {
                    rowsWritten += writeRows(returns, year, p.kommunkod(), resubRows, later);
                }
                efforts.row(String.valueOf(year), p.kommunkod(), TS.format(submitted), yn(eff.actionPlan()),
                        yn(eff.routineSocial()), yn(eff.routineSchool()), yn(eff.coordinator()),
                        String.valueOf(eff.staffTrained()), String.valueOf(eff.staffTotal()),
                        yn(eff.cooperationPolice()), yn(eff.cooperationRegion()), yn(eff.preventiveMethod()));
            }
        }
        return new YearSummary(year, places.size(), csvReturning.size(), formCodes.size(), nonReturning.size(),
                resubmitted.size(), rowsWritten, formCodes, resubmitted, nonReturning);
    }

    /** Regenerating over an earlier sample: forms of other municipalities must not linger. */
    private static void removeOldForms(Path forms) {
        if (!Files.isDirectory(forms)) {
            return;
        }
        try (Stream<Path> files = Files.list(forms)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("[0-9]{4}\\.xlsx")).sorted()
                    .collect(Collectors.toList())) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + forms, e);
        }
    }

    private static long personsTotal(List<ReturnRow> rows) {
        long n = 0;
        for (ReturnRow r : rows) {
            if (r.measure().equals("personer")) {
                n += r.value();
            }
        }
        return n;
    }

    private static int writeRows(Csv out, int year, String kod, List<ReturnRow> rows, OffsetDateTime submitted) {
        String ts = TS.format(submitted);
        for (ReturnRow r : rows) {
            out.row(String.valueOf(year), kod, r.sector(), r.sex(), r.ageGroup(), r.measure(), String.valueOf(r.value()),
                    ts);
        }
        return rows.size();
    }

    private static String yn(boolean b) {
        return b ? "ja" : "nej";
    }

    private static OffsetDateTime submittedTime(Rng r, int year) {
        return OffsetDateTime.of(year + 1, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                .plusDays(r.between(0, 80)).plusHours(r.between(7, 15)).plusMinutes(r.between(0, 59))
                .plusSeconds(r.between(0, 59));
    }

    /**
     * The rows of one sector. Convention (documented in TRUTH.md): {@code personer} rows for girls/women
     * and boys/men in the four real age groups are always present (also when 0); cells of sex
     * {@code annat}/{@code okant} or age {@code okand} appear only when {@code personer > 0}; the seven type
     * rows appear for every cell with {@code personer > 0} (also when a type count is 0). An absent
     * cell of a returning municipality is 0.
     */
    private List<ReturnRow> cases(Rng r, Place p, long[][] pop, int year, int sec) {
        String sector = MunicipalForm.SECTORS.get(sec);
        Rng mf = Rng.of(seed, "muni-factor", p.kommunkod());
        double muniFactor = Math.exp(3.0 * (p.foreignShare() - 0.12) + 0.35 * mf.gaussian());
        double yearFactor = 1 + 0.08 * (year - 2023);
        double[][] lambda = new double[4][5]; // [sex][age], sex: flicka_kvinna, pojke_man, annat, okant
        for (int a = 0; a < 4; a++) {
            for (int s = 0; s < 2; s++) {
                lambda[s][a] = pop[s][a] * BASE_RATE[a] * SECTOR_FACTOR[sec][a] * (s == 1 ? BOYS_FACTOR : 1.0)
                        / 10_000.0 * muniFactor * yearFactor;
            }
            lambda[2][a] = 0.015 * (lambda[0][a] + lambda[1][a]);
            lambda[3][a] = 0.05 * (lambda[0][a] + lambda[1][a]);
        }
        for (int s = 0; s < 4; s++) {
            double sum = 0;
            for (int a = 0; a < 4; a++) {
                sum += lambda[s][a];
            }
            lambda[s][4] = 0.03 * sum;
        }
        List<ReturnRow> rows = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            for (int a = 0; a < 5; a++) {
                int persons = r.poisson(lambda[s][a]);
                boolean always = s < 2 && a < 4;
                if (persons == 0 && !always) {
                    continue;
                }
                String sex = MunicipalForm.SEXES.get(s);
                String age = MunicipalForm.AGE_GROUPS.get(a);
                rows.add(new ReturnRow(sector, sex, age, "personer", persons));
                if (persons > 0) {
                    for (int t = 0; t < 7; t++) {
                        rows.add(new ReturnRow(sector, sex, age, MunicipalForm.MEASURES.get(t + 1),
                                r.binomial(persons, TYPE_PROB[a][t])));
                    }
                }
            }
        }
        return rows;
    }

    /** A corrected resubmission: some cells get one more person (and maybe one more type). */
    private static List<ReturnRow> corrected(Rng r, List<ReturnRow> rows) {
        List<ReturnRow> out = new ArrayList<>(rows.size());
        boolean bumpTypes = false;
        for (ReturnRow row : rows) {
            if (row.measure().equals("personer")) {
                bumpTypes = row.value() > 0 && r.bernoulli(0.3);
                out.add(bumpTypes ? new ReturnRow(row.sector(), row.sex(), row.ageGroup(), "personer", row.value() + 1)
                        : row);
            } else if (bumpTypes && row.measure().equals("kontroll")) {
                out.add(new ReturnRow(row.sector(), row.sex(), row.ageGroup(), row.measure(), row.value() + 1));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    private Efforts efforts(Place p, int year) {
        Rng fixed = Rng.of(seed, "muni-engagement", p.kommunkod());
        double engagement = fixed.gaussian();
        Rng r = Rng.of(seed, "muni-efforts", year, p.kommunkod());
        double urban = Math.max(-1.5, Math.min(3, Math.log(p.inhabitants() / 20_000.0)));
        double t = 0.35 * (year - 2023);
        boolean plan = r.bernoulli(StudentModel.logistic(-0.2 + 0.5 * urban + 0.9 * engagement + t));
        boolean routineSocial = r.bernoulli(StudentModel.logistic(0.4 + 0.4 * urban + 0.8 * engagement + t));
        boolean routineSchool = r.bernoulli(StudentModel.logistic(-0.1 + 0.3 * urban + 0.8 * engagement + t));
        boolean coordinator = r.bernoulli(StudentModel.logistic(-0.6 + 0.6 * urban + 0.8 * engagement + t));
        long staffTotal = Math.max(5, Math.round(p.inhabitants() / 1000.0 * (4 + 5 * fixed.uniform())));
        int trained = r.binomial((int) staffTotal, StudentModel.logistic(-1.6 + 0.5 * engagement + t));
        boolean police = r.bernoulli(StudentModel.logistic(0.0 + 0.3 * urban + 0.7 * engagement + t));
        boolean region = r.bernoulli(StudentModel.logistic(-0.7 + 0.2 * urban + 0.7 * engagement + t));
        boolean preventive = r.bernoulli(StudentModel.logistic(-1.4 + 0.3 * urban + 0.7 * engagement + t));
        return new Efforts(plan, routineSocial, routineSchool, coordinator, trained, staffTotal, police, region,
                preventive);
    }

    static String timestamp(OffsetDateTime t) {
        return TS.format(t);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
