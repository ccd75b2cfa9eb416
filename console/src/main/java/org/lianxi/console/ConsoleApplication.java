package org.lianxi.console;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The console's web application, started by {@link Console} as a child of serve's context; its
 * scheduler counts the dashboard's figures again after the ledger moved.
 */
@SpringBootConfiguration
@EnableScheduling
@EnableAutoConfiguration
@ComponentScan("org.lianxi.console")
public class ConsoleApplication {}
