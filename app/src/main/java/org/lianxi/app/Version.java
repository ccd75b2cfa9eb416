package org.lianxi.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Lianxi.class.getPackage().getImplementationVersion();
    return new String[] {"lianxi " + (version == null ? "(development build)" : version)};
  }
}
