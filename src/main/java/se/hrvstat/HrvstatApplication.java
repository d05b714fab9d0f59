package se.hrvstat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application behind every command that needs the store or the batch jobs.
 * The command line ({@code se.hrvstat.cli.Main}) parses first and starts this context only
 * when a command needs it, so {@code --help} stays fast.
 */
@SpringBootApplication(scanBasePackages = {"se.hrvstat.batch", "se.hrvstat.store"})
public class HrvstatApplication {
}
