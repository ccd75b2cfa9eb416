package org.lianxi.ledger.config;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows where it stands (file, line, key path), so that every configuration error
 * can name them. Only composes the document: no object is ever constructed from YAML tags.
 */
public final class YamlNode {

  private final Node node;
  private final String source;
  private final String path;

  /** Where the key of this value stands (a value may start on a later line); 0 for no key. */
  private final int keyLine;

  private YamlNode(Node node, String source, String path, int keyLine) {
    this.node = node;
    this.source = source;
    this.path = path;
    this.keyLine = keyLine;
  }

  /** Parses one YAML document; an empty document is an empty mapping. */
  public static YamlNode parse(Reader reader, String source) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(1 << 20);
    try {
      Node root = new Yaml(new SafeConstructor(options)).compose(reader);
      if (root == null) {
        root = new MappingNode(null, Collections.emptyList(), null);
      }
      return new YamlNode(root, source, "", 0);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ConfigException(source + " line " + line + ": not valid YAML: " + e.getProblem());
    } catch (RuntimeException e) {
      throw new ConfigException(source + ": not valid YAML: " + e.getMessage());
    }
  }

  public int line() {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** The key path, e.g. {@code units[2].code}. */
  public String path() {
    return path.isEmpty() ? "(top level)" : path;
  }

  public ConfigException error(String message) {
    int at = keyLine > 0 ? keyLine : line();
    return new ConfigException(source + " line " + at + ": " + path() + ": " + message);
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  public String scalar() {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    throw error("expected a single value");
  }

  public int integer() {
    try {
      return Integer.parseInt(scalar());
    } catch (NumberFormatException e) {
      throw error("expected a whole number, found '" + scalar() + "'");
    }
  }

  /** A list; a single value counts as a list of one. */
  public List<YamlNode> sequence() {
    if (node instanceof ScalarNode) {
      return List.of(this);
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error("expected a list");
    }
    List<YamlNode> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new YamlNode(item, source, path + "[" + items.size() + "]", 0));
    }
    return items;
  }

  public List<String> strings() {
    return sequence().stream().map(YamlNode::scalar).toList();
  }

  /** A mapping whose keys must all be in {@code allowed}; an unknown key names itself and line. */
  public Map<String, YamlNode> mapping(Set<String> allowed) {
    Map<String, YamlNode> entries = mapping();
    for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw entry
            .getValue()
            .error(
                "unknown key '"
                    + entry.getKey()
                    + "' (known here: "
                    + String.join(", ", allowed.stream().sorted().toList())
                    + ")");
      }
    }
    return entries;
  }

  /** A mapping with any keys, in document order. */
  public Map<String, YamlNode> mapping() {
    if (!(node instanceof MappingNode mapping)) {
      throw error("expected keys and values");
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new YamlNode(tuple.getKeyNode(), source, path, 0).error("a key must be plain text");
      }
      String name = key.getValue().strip();
      YamlNode value =
          new YamlNode(
              tuple.getValueNode(),
              source,
              path.isEmpty() ? name : path + "." + name,
              key.getStartMark().getLine() + 1);
      if (entries.put(name, value) != null) {
        throw value.error("the key '" + name + "' is given twice");
      }
    }
    return entries;
  }

  /** Required key of a mapping. */
  public static YamlNode required(Map<String, YamlNode> map, String key, YamlNode parent) {
    YamlNode value = map.get(key);
    if (value == null) {
      throw parent.error("the key '" + key + "' is required");
    }
    return value;
  }

  /** Builds a set of allowed keys. */
  public static Set<String> keys(String... keys) {
    return Set.of(keys);
  }
}
