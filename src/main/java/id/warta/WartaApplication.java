package id.warta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Warta, a web news reader for Indonesian geopolitics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WartaApplication {

	public static void main(String[] args) {
		SpringApplication.run(WartaApplication.class, args);
	}

}
