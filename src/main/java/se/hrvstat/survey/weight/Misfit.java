package se.hrvstat.survey.weight;

/** The largest absolute difference between a column's population total and its weighted sample total. */
record Misfit(double largest, int column) {

    static double[] totals(double[][] x, double[] w) {
        double[] t = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double s = 0;
            double[] xj = x[j];
            for (int i = 0; i < w.length; i++) {
                s += xj[i] * w[i];
            }
            t[j] = s;
        }
        return t;
    }

    static Misfit of(double[][] x, double[] w, double[] population) {
        double[] t = totals(x, w);
        double largest = 0;
        int column = 0;
        for (int j = 0; j < t.length; j++) {
            double d = Math.abs(population[j] - t[j]);
            if (d > largest) {
                largest = d;
                column = j;
            }
        }
        return new Misfit(largest, column);
    }
}
