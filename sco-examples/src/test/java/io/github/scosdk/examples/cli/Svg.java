package io.github.scosdk.examples.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses the chart with the JDK's DOM parser (which fails on anything not well-formed) and finds its parts. */
final class Svg {

  static final String NS = "http://www.w3.org/2000/svg";

  private Svg() {}

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The SVG elements with the tag whose class list contains the class. */
  static List<Element> byClass(Document doc, String tag, String cls) {
    List<Element> found = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS(NS, tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The text of every {@code <text>} element under the element, in document order. */
  static List<String> texts(Element under) {
    List<String> texts = new ArrayList<>();
    NodeList all = under.getElementsByTagNameNS(NS, "text");
    for (int i = 0; i < all.getLength(); i++) {
      texts.add(all.item(i).getTextContent());
    }
    return texts;
  }
}
