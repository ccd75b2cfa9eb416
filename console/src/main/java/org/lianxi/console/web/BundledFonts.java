package org.lianxi.console.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Chinese font the printed reports embed, served to the browser as the style sheet's last
 * choice: a machine without a Chinese font of its own (a bare workstation, the tests' headless
 * Chromium) still shows every character, and nothing is fetched from the internet.
 */
@Configuration(proxyBeanMethods = false)
class BundledFonts implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/fonts/**")
        .addResourceLocations("classpath:/org/lianxi/reports/fonts/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)));
  }
}
