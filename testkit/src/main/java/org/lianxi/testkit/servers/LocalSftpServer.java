package org.lianxi.testkit.servers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.KeySetPublickeyAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server on a loopback port (Apache MINA SSHD), for the demo and the tests: key
 * authentication only, a host key kept in a file (so a restart keeps it), and a client key pair and
 * known_hosts file for lianxi, as a county's IT would hand them over.
 */
public final class LocalSftpServer implements AutoCloseable {

  /** The folder the server serves: one folder per unit below it. */
  public final Path root;

  /** lianxi's private key (OpenSSH format) and the known_hosts line for this server. */
  public final Path clientKey;

  public final Path knownHosts;
  private final Path hostKey;
  private final KeyPair client;
  private SshServer server;
  private int port;

  /** Starts on a free loopback port, keeping its files and keys in {@code dir}. */
  public LocalSftpServer(Path dir) throws Exception {
    this.root = Files.createDirectories(dir.resolve("sftp-root"));
    this.hostKey = dir.resolve("host-key.ser");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    this.client = generator.generateKeyPair();
    this.clientKey = dir.resolve("id_ecdsa");
    try (OutputStream out = Files.newOutputStream(clientKey)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "lianxi", null, out);
    }
    this.knownHosts = dir.resolve("known_hosts");
    start(0);
  }

  public void start(int onPort) throws IOException {
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(onPort);
    SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
    keys.setAlgorithm("EC");
    keys.setKeySize(256);
    server.setKeyPairProvider(keys);
    server.setPublickeyAuthenticator(
        new KeySetPublickeyAuthenticator("lianxi", List.of(client.getPublic())));
    server.setPasswordAuthenticator(null);
    server.setFileSystemFactory(new VirtualFileSystemFactory(root));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.start();
    port = server.getPort();
    if (onPort == 0) {
      trust(hostPublicKey());
    }
  }

  public void stop() throws IOException {
    server.stop(true);
  }

  public int port() {
    return port;
  }

  public PublicKey hostPublicKey() {
    try {
      return server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the known_hosts line lianxi checks the server against. */
  public void trust(PublicKey key) throws IOException {
    Files.writeString(
        knownHosts, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key) + "\n");
  }

  public Path folder(String unitFolder, String box) throws IOException {
    return Files.createDirectories(root.resolve(unitFolder).resolve(box));
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
