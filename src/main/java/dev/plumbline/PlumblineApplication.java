package dev.plumbline;

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

	public static void main(String[] args) {
		SpringApplication.run(PlumblineApplication.class, args);
	}

}
