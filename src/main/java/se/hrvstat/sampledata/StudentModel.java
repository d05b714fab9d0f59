package se.hrvstat.sampledata;

/**
 * The respondent model of the youth survey: background traits and latent-risk-driven answers.
 *
 * <p>Latent risk {@code z = fixed + u_school + e}, with {@code e ~ N(0, 1)} and the school's
 * random effect {@code u_school ~ N(0, SCHOOL_SD^2)}. The fixed part adds effects of country of
 * birth, sex, grade, disability, LGBTQI identity, the municipality and county, and the wave.
 * Item {@code j} is answered yes with probability {@code logistic(a_j + b_j z + c_j[girl])};
 * the school effect makes answers correlated within schools (intraclass correlation).
 */
final class StudentModel {

    static final int ITEMS = 16;
    static final double SCHOOL_SD = 0.55;

    // item intercepts a_j, loadings b_j, extra effect for girls c_j  (index 0 = q01)
    static final double[] A = {-4.3, -3.7, -3.0, -3.0, -3.4, -4.0, -3.3, -2.3, -2.4, -4.6, -4.5, -4.7, -4.9, -5.1, 0, 1.2};
    static final double[] B = {1.25, 1.15, 1.25, 0.95, 0.90, 0.95, 1.00, 0.85, 0.95, 1.25, 1.10, 1.05, 1.10, 1.15, 0, -0.25};
    static final double[] GIRL = {0.25, 0.35, 0.45, 0.25, 0.20, 0.30, 0.35, 0.30, 0.30, 0.35, 0.20, 0.00, 0.20, 0.20, 0, 0.10};
    /** Probability of code 8 (don't know / won't say) per item. */
    static final double[] P8 = {0.02, 0.02, 0.04, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.03, 0.03, 0.03, 0.03, 0.03, 0.05, 0.03};
    static final double P9 = 0.01;
    static final double BREAK_OFF = 0.03;

    /** Wave effect on the latent risk (norms grow a little over time). */
    static double waveEffect(int wave) {
        return switch (wave) {
            case 2020 -> 0.0;
            case 2022 -> 0.10;
            case 2024 -> 0.22;
            default -> 0.011 * (wave - 2020);
        };
    }

    /** Wave shift of the restriction items q04-q08 (restrictions become a little rarer). */
    static double restrictionWaveShift(int wave) {
        return -0.12 * (wave - 2020) / 2.0;
    }

    /** A generated student: hidden register sex, reported traits and answers (0 = empty). */
    static final class Student {
        int registerSex;
        int sex;
        int age; // 0 = empty
        int born;
        int trueBorn;
        int disability;
        int lgbtq;
        double z;
        final int[] q = new int[ITEMS];
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Draws one student of the given grade in a school with the given effects. */
    static Student draw(Rng r, int grade, int wave, double placeEffect, double foreignShare,
            double schoolEffect) {
        Student s = new Student();
        s.registerSex = r.bernoulli(0.488) ? 1 : 2;
        double u = r.uniform();
        s.sex = u < 0.016 ? 3 : u < 0.026 ? 9 : s.registerSex;
        double p3 = foreignShare * (grade == 11 ? 1.08 : 1.0);
        double p2 = foreignShare * 0.75;
        double ub = r.uniform();
        s.trueBorn = ub < p3 ? 3 : ub < p3 + p2 ? 2 : 1;
        s.born = r.bernoulli(0.008) ? 9 : s.trueBorn;
        boolean girl = s.registerSex == 1;
        double pDis = girl ? 0.15 : 0.12;
        s.disability = r.bernoulli(0.02) ? 9 : r.bernoulli(pDis) ? 1 : 2;
        double pLgb = s.sex == 3 ? 0.75 : girl ? 0.11 : 0.06;
        s.lgbtq = r.bernoulli(0.04) ? 9 : r.bernoulli(pLgb) ? 1 : 2;
        s.age = drawAge(r, grade);

        double fixed = -0.35
                + (s.trueBorn == 2 ? 1.35 : s.trueBorn == 3 ? 1.55 : 0.0)
                + (s.sex == 3 ? 0.40 : 0.0)
                + (grade == 11 ? -0.10 : 0.0)
                + (s.disability == 1 ? 0.25 : 0.0)
                + (s.lgbtq == 1 ? 0.30 : 0.0)
                + placeEffect + waveEffect(wave);
        s.z = fixed + schoolEffect + r.gaussian();

        int breakAt = r.bernoulli(BREAK_OFF) ? r.between(5, 16) : 99; // 1-based item where answering stops
        for (int j = 0; j < ITEMS; j++) {
            if (j == 14) {
                continue; // q15 after the others (routing)
            }
            double eta = A[j] + B[j] * s.z + (girl ? GIRL[j] : 0.0);
            if (j >= 3 && j <= 7) {
                eta += restrictionWaveShift(wave);
            }
            s.q[j] = answer(r, j, eta, breakAt);
        }
        boolean routed = s.q[10] == 1 || s.q[11] == 1 || s.q[12] == 1 || s.q[13] == 1;
        if (routed) {
            double eta = -1.35 + 0.15 * s.z + (girl ? 0.3 : 0.0) + (wave - 2020) * 0.04;
            s.q[14] = answer(r, 14, eta, breakAt);
        } else {
            s.q[14] = 0;
        }
        return s;
    }

    private static int answer(Rng r, int j, double eta, int breakAt) {
        boolean yes = r.bernoulli(logistic(eta));
        double u = r.uniform();
        if (j + 1 >= breakAt) {
            return 9;
        }
        if (u < P8[j]) {
            return 8;
        }
        if (u < P8[j] + P9) {
            return 9;
        }
        return yes ? 1 : 2;
    }

    private static int drawAge(Rng r, int grade) {
        double u = r.uniform();
        if (u < 0.015) {
            return 0;
        }
        double v = r.uniform();
        if (grade == 9) {
            return v < 0.03 ? 14 : v < 0.91 ? 15 : v < 0.99 ? 16 : 17;
        }
        return v < 0.03 ? 16 : v < 0.89 ? 17 : v < 0.98 ? 18 : 19;
    }

    /** Probability that a student in a participating class answers. */
    static double responseProbability(Student s, int grade) {
        double p = 0.86;
        if (s.registerSex == 2) {
            p -= 0.04;
        }
        if (s.trueBorn == 3) {
            p -= 0.05;
        }
        if (grade == 11) {
            p -= 0.04;
        }
        if (s.disability == 1) {
            p -= 0.03;
        }
        if (s.z > 1.5) {
            p -= 0.04;
        }
        return p;
    }

    private StudentModel() {
    }
}
