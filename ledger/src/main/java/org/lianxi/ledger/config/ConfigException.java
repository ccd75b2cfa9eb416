package org.lianxi.ledger.config;

/** A configuration error: the message names the file, the line and the key. Exit code 2. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
