package dev.plumbline;

import dev.plumbline.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Plumbline: an organizational alignment system.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class PlumblineApplication {

	/**
	 * Runs the command line ({@code audit}, {@code validate}, {@code help}) without starting Spring, or
	 * else the application.
	 */
	public static void main(String[] args) {
		if (CommandLine.handles(args)) {
			System.exit(CommandLine.main(args));
		}
		SpringApplication.run(PlumblineApplication.class, args);
	}

}
