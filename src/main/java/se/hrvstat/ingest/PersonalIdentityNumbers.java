package se.hrvstat.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer) so that they are never stored or logged.
 *
 * <p>Form (Skatteverket): {@code [CC]YYMMDD[-+]NNNC}, 10 or 12 digits; a coordination number
 * adds 60 to the day. The check digit C is the Luhn (modulus 10) digit of the ten-digit form:
 * weights 2,1,2,1,... on YYMMDDNNN, digits of the products summed, C = (10 - sum mod 10) mod 10.
 * A value counts as such a number when the date is valid (for 10 digits in either century)
 * and the check digit is right; anything else, however many digits, does not.
 */
public final class PersonalIdentityNumbers {
    private static final Pattern FORM = Pattern.compile("(\\d{2})?(\\d{6})[-+]?(\\d{4})");

    private PersonalIdentityNumbers() {
    }

    public static boolean looksLikeOne(String value) {
        if (value == null) {
            return false;
        }
        String trimmed = value.strip();
        if (trimmed.length() < 10 || trimmed.length() > 13 || !digitsWithOneSign(trimmed)) {
            return false;
        }
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            return false;
        }
        String century = m.group(1);
        String date = m.group(2);
        String tenDigits = date + m.group(3);
        return validDate(century, date) && luhnValid(tenDigits);
    }

    /** Only digits and at most one '-' or '+': a cheap look before the pattern, run for long cells of every row. */
    private static boolean digitsWithOneSign(String value) {
        int signs = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '+') {
                signs++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return signs <= 1;
    }

    /** A masked form safe to store and show: the first two digits of the date, the rest hidden. */
    public static String mask(String value) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.length() < 2 ? "**" : trimmed.substring(0, 2) + "*".repeat(trimmed.length() - 2);
    }

    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        int check = (10 - sum % 10) % 10;
        return check == tenDigits.charAt(9) - '0';
    }

    private static boolean validDate(String century, String yymmdd) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > 60) {
            day -= 60; // coordination number
        }
        if (century != null) {
            return isDate(Integer.parseInt(century) * 100 + yy, month, day);
        }
        return isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
