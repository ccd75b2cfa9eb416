package org.lianxi.console;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The console's web application, started by {@link Console} as a child of serve's context. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("org.lianxi.console")
public class ConsoleApplication {}
