package se.hrvstat.municipal;

/**
 * The words of the municipal tables, by key: the group {@code municipal.*} of
 * {@code report-templates/texts.properties}, which the caller reads (this package reads no
 * files); e.g. {@code se.hrvstat.publish.Texts#get}. A text's {@link java.util.Formatter}
 * placeholders are filled with Swedish number forms.
 */
@FunctionalInterface
public interface Words {
    /** The text of {@code key} with its placeholders filled by {@code args}. */
    String get(String key, Object... args);

    /** The Swedish label of a code of EXCHANGE.md 2.1, e.g. "Socialtjänst" for {@code socialtjanst}. */
    default String code(String code) {
        return get("municipal.code." + code);
    }
}
