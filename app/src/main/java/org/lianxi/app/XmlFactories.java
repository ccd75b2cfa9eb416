package org.lianxi.app;

import java.util.Map;

/**
 * Names the XML factories once, for the whole process. Unnamed, every {@code newInstance()} of a
 * JAXP or StAX factory searches the service files of every jar on the class path (POI and XMLBeans
 * ask for one per workbook), and which provider wins would depend on the order of the jars.
 * Woodstox reads StAX (it honours the DTD and external-entity switches POI sets); the JDK's own
 * parsers serve SAX, DOM and transforms. A property given on the command line is left alone.
 */
final class XmlFactories {

  private static final Map<String, String> PINNED =
      Map.of(
          "javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory",
          "javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory",
          "javax.xml.stream.XMLEventFactory", "com.ctc.wstx.stax.WstxEventFactory",
          "javax.xml.parsers.SAXParserFactory",
              "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
          "javax.xml.parsers.DocumentBuilderFactory",
              "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
          "javax.xml.transform.TransformerFactory",
              "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

  private XmlFactories() {}

  static void pin() {
    PINNED.forEach(
        (property, implementation) -> {
          if (System.getProperty(property) == null) {
            System.setProperty(property, implementation);
          }
        });
  }
}
