package org.lianxi.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

/**
 * The Spring Boot application the commands run in. The data source and the county configuration are
 * registered by {@link LianxiRuntime} before the context starts. What the console's web libraries
 * would configure is left to the console's own context ({@code serve} only): every other command
 * starts as it did without them.
 */
@SpringBootApplication(
    scanBasePackages = {"org.lianxi.app", "org.lianxi.jobs"},
    exclude = {
      SecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class,
      ThymeleafAutoConfiguration.class,
      JacksonAutoConfiguration.class,
      HttpMessageConvertersAutoConfiguration.class
    })
public class LianxiApplication {}
