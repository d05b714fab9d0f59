package se.hrvstat.publish.web;

/** Escaping for HTML text and attributes, and the web's form of a Swedish number (U+2212 for the minus sign). */
final class Html {
    private Html() {
    }

    /** {@code s} safe as element text or a quoted attribute value. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A number as {@code publish.SwedishFormat} prints it, with the hyphen of a negative number
     * replaced by the minus sign U+2212 (a leading one, or one after an en dash or a space).
     */
    static String number(String formatted) {
        if (formatted.startsWith("-")) {
            formatted = "\u2212" + formatted.substring(1);
        }
        return formatted.replace("\u2013-", "\u2013\u2212").replace(" -", " \u2212");
    }
}
