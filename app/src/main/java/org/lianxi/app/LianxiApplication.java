package org.lianxi.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application the commands run in. The data source and the county configuration are
 * registered by {@link LianxiRuntime} before the context starts.
 */
@SpringBootApplication(scanBasePackages = {"org.lianxi.app", "org.lianxi.jobs"})
public class LianxiApplication {}
