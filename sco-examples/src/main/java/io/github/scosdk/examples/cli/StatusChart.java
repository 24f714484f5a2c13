package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Draws a dataset as an SVG picture: one band per state showing its status toward the SCO over time, colored by
 * status; the presidency sequence along the time axis; the summits (regular Council of Heads of State meetings)
 * marked; and a legend.
 *
 * <p>The SVG is written by hand: a well-formed XML document in the SVG namespace, every text and attribute
 * escaped. Elements carry stable ids and classes ({@code band-KZ}, {@code status-member}, {@code presidency},
 * {@code summit}, {@code legend}) so that tools and tests can find them. The same dataset and dates always give
 * the same bytes.
 */
@SuppressWarnings("deprecation") // charts old documents with the legacy accession statuses too
final class StatusChart {

  static final LocalDate SCO_FOUNDED = LocalDate.of(2001, 6, 15);

  private static final int WIDTH = 1400;
  private static final int LEFT = 200;
  private static final int RIGHT = 40;
  private static final int BAND = 18;
  private static final int BAND_GAP = 5;
  private static final int PRESIDENCY_Y = 70;
  private static final int PRESIDENCY_H = 22;
  private static final int SUMMIT_Y = 100;
  private static final int AXIS_Y = 128;
  private static final int BANDS_Y = 138;

  private static final Map<MembershipStatus, String> COLORS = colors();

  private final ScoDataset data;
  private final LocalDate from;
  private final LocalDate to;
  private final StringBuilder svg = new StringBuilder(32_768);

  private StatusChart(ScoDataset data, LocalDate from, LocalDate to) {
    this.data = data;
    this.from = from;
    this.to = to;
  }

  /**
   * The chart of the dataset between two days.
   *
   * @param from the first day drawn, such as 2001-01-01
   * @param to the last day drawn ("today"); must be after {@code from}
   * @return the SVG document
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  static String render(ScoDataset data, LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to: " + to + " is not after from " + from);
    }
    return new StatusChart(data, from, to).draw();
  }

  /** The color of a status in the chart and its legend, as {@code #rrggbb}. */
  static String color(MembershipStatus status) {
    return COLORS.get(status);
  }

  private String draw() {
    Map<StateCode, List<StatusChange>> bands = bands();
    int legendY = BANDS_Y + bands.size() * (BAND + BAND_GAP) + 30;
    int height = legendY + 70;
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(" width=\"").append(WIDTH).append("\" height=\"").append(height).append('"')
        .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append('"')
        .append(" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n");
    svg.append("<title>").append(Xml.escape(title())).append("</title>\n");
    data.title().ifPresent(t -> svg.append("<desc>").append(Xml.escape(t)).append("</desc>\n"));
    svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" fill=\"#ffffff\"/>\n");
    text(LEFT, 28, title(), "font-size=\"18\" font-weight=\"bold\"");
    text(LEFT, 48, "One band per state, colored by its status; presidency terms and summits along the time axis.",
        "fill=\"#444444\"");
    yearGrid(legendY - 20);
    presidencies();
    summits(legendY - 20);
    int y = BANDS_Y;
    for (Map.Entry<StateCode, List<StatusChange>> band : bands.entrySet()) {
      band(band.getKey(), band.getValue(), y);
      y += BAND + BAND_GAP;
    }
    today(legendY - 20);
    legend(legendY, presentStatuses(bands));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private String title() {
    return "Status of each state toward the SCO, " + from.getYear() + " to " + to;
  }

  /** Every state with a status change, ordered by its first status date, then by English name. */
  private Map<StateCode, List<StatusChange>> bands() {
    Map<StateCode, List<StatusChange>> byState = new LinkedHashMap<>();
    data.statusChanges().stream()
        .sorted(Comparator.comparing((StatusChange c) -> c.date().earliest()))
        .forEach(c -> byState.computeIfAbsent(c.state(), k -> new ArrayList<>()).add(c));
    byState.values().removeIf(h -> h.stream().allMatch(c -> c.status() == MembershipStatus.NONE));
    List<StateCode> order = new ArrayList<>(byState.keySet());
    order.sort(
        Comparator.comparing((StateCode s) -> firstStatusDay(byState.get(s)))
            .thenComparing(s -> Labels.name(data, s)));
    Map<StateCode, List<StatusChange>> sorted = new LinkedHashMap<>();
    order.forEach(s -> sorted.put(s, byState.get(s)));
    return sorted;
  }

  private static LocalDate firstStatusDay(List<StatusChange> history) {
    return history.stream()
        .filter(c -> c.status() != MembershipStatus.NONE)
        .map(c -> c.date().earliest())
        .findFirst()
        .orElse(LocalDate.MAX);
  }

  private void yearGrid(int bottom) {
    svg.append("<g id=\"axis\" class=\"axis\" font-size=\"10\" fill=\"#333333\">\n");
    line(LEFT, AXIS_Y, WIDTH - RIGHT, AXIS_Y, "#333333", 1, null);
    int step = yearStep();
    for (int year = from.getYear() + (from.getDayOfYear() == 1 ? 0 : 1); year <= to.getYear(); year++) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      double x = x(jan1);
      line(x, AXIS_Y, x, bottom, "#e2e2e2", 1, null);
      line(x, AXIS_Y - 4, x, AXIS_Y, "#333333", 1, null);
      if ((year - from.getYear()) % step == 0) {
        text(x + 2, AXIS_Y - 6, Integer.toString(year), "class=\"year\"");
      }
    }
    svg.append("</g>\n");
  }

  private int yearStep() {
    long years = ChronoUnit.YEARS.between(from, to) + 1;
    double pxPerYear = (WIDTH - LEFT - RIGHT) / (double) years;
    return pxPerYear >= 32 ? 1 : pxPerYear >= 16 ? 2 : 5;
  }

  private void presidencies() {
    svg.append("<g id=\"presidencies\">\n");
    text(LEFT - 10, PRESIDENCY_Y + 15, "Presidency", "text-anchor=\"end\" font-weight=\"bold\"");
    List<Presidency> terms = new ArrayList<>(data.presidencies());
    terms.sort(Comparator.comparing((Presidency p) -> p.term().start().earliest()));
    int i = 0;
    for (Presidency p : terms) {
      LocalDate start = p.term().start().earliest();
      LocalDate end = p.term().end().map(e -> e.earliest()).orElse(to);
      if (!end.isAfter(from) || start.isAfter(to)) {
        continue;
      }
      double x0 = x(max(start, from));
      double x1 = x(min(end, to));
      String fill = i++ % 2 == 0 ? "#4a5568" : "#718096";
      String tip = Labels.state(data, p.holder()) + " presidency " + p.term()
          + p.slogan().map(s -> ": " + s).orElse("");
      svg.append("<g class=\"presidency\" data-holder=\"").append(p.holder()).append("\" data-id=\"")
          .append(Xml.escape(p.id())).append("\">");
      svg.append("<title>").append(Xml.escape(tip)).append("</title>");
      rect(x0, PRESIDENCY_Y, x1 - x0, PRESIDENCY_H, fill, "stroke=\"#ffffff\" stroke-width=\"1\"");
      if (x1 - x0 >= 18) {
        text((x0 + x1) / 2, PRESIDENCY_Y + 15, p.holder().code(),
            "text-anchor=\"middle\" fill=\"#ffffff\" font-size=\"11\" font-weight=\"bold\"");
      }
      svg.append("</g>\n");
    }
    svg.append("</g>\n");
  }

  private void summits(int bottom) {
    svg.append("<g id=\"summits\">\n");
    text(LEFT - 10, SUMMIT_Y + 10, "Summits", "text-anchor=\"end\" font-weight=\"bold\"");
    for (Meeting m : data.meetings()) {
      if (m.body() != Body.COUNCIL_OF_HEADS_OF_STATE || m.kind() != MeetingKind.REGULAR) {
        continue;
      }
      LocalDate day = midpoint(m.endDate().earliest(), m.endDate().latest());
      if (day.isBefore(from) || day.isAfter(to)) {
        continue;
      }
      double x = x(day);
      String place = m.venue().map(v -> v.city()).orElse("video");
      String tip = m.title().orElse("Council of Heads of State") + ", " + place + ", " + m.startDate()
          + (m.endDate().equals(m.startDate()) ? "" : " to " + m.endDate()) + (m.planned() ? " (planned)" : "");
      svg.append("<g class=\"summit").append(m.planned() ? " planned" : "").append("\" data-id=\"")
          .append(Xml.escape(m.id())).append("\">");
      svg.append("<title>").append(Xml.escape(tip)).append("</title>");
      line(x, SUMMIT_Y + 12, x, bottom, "#c53030", 0.6, "2,3");
      svg.append(String.format(Locale.ROOT,
          "<path d=\"M%.1f,%d L%.1f,%d L%.1f,%d Z\" fill=\"%s\" stroke=\"#c53030\" stroke-width=\"1.2\"/>",
          x - 5, SUMMIT_Y, x + 5, SUMMIT_Y, x, SUMMIT_Y + 10, m.planned() ? "#ffffff" : "#c53030"));
      svg.append("</g>\n");
    }
    svg.append("</g>\n");
  }

  private void band(StateCode state, List<StatusChange> history, int y) {
    svg.append("<g id=\"band-").append(state).append("\" class=\"band\" data-state=\"").append(state).append("\">\n");
    text(LEFT - 10, y + 13, Labels.state(data, state), "text-anchor=\"end\" class=\"label\"");
    rect(LEFT, y, WIDTH - LEFT - RIGHT, BAND, "#f7f7f7", null);
    for (int i = 0; i < history.size(); i++) {
      StatusChange c = history.get(i);
      LocalDate start = c.date().earliest();
      LocalDate end = i + 1 < history.size() ? history.get(i + 1).date().earliest() : to.plusDays(1);
      if (c.status() == MembershipStatus.NONE || !end.isAfter(from) || start.isAfter(to)) {
        continue;
      }
      double x0 = x(max(start, from));
      double x1 = x(min(end, to.plusDays(1)));
      String tip = Labels.state(data, state) + ": " + Labels.status(c.status()) + " from " + c.date()
          + (i + 1 < history.size() ? " to " + history.get(i + 1).date() : "");
      svg.append("<rect class=\"status status-").append(Labels.id(c.status()).replace('_', '-'))
          .append("\" data-status=\"").append(Labels.id(c.status())).append('"')
          .append(String.format(Locale.ROOT, " x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"", x0, y,
              Math.max(x1 - x0, 1.0), BAND))
          .append(" fill=\"").append(color(c.status())).append("\"><title>").append(Xml.escape(tip))
          .append("</title></rect>\n");
    }
    svg.append("</g>\n");
  }

  private void today(int bottom) {
    double x = x(to);
    svg.append("<g id=\"today\">");
    line(x, AXIS_Y, x, bottom, "#000000", 1, "4,2");
    text(x, bottom + 12, to.toString(), "text-anchor=\"end\" font-size=\"10\"");
    svg.append("</g>\n");
  }

  private Set<MembershipStatus> presentStatuses(Map<StateCode, List<StatusChange>> bands) {
    Set<MembershipStatus> present = EnumSet.noneOf(MembershipStatus.class);
    bands.values().forEach(h -> h.forEach(c -> present.add(c.status())));
    present.remove(MembershipStatus.NONE);
    return present;
  }

  private void legend(int y, Set<MembershipStatus> statuses) {
    svg.append("<g id=\"legend\">\n");
    text(LEFT - 10, y + 11, "Legend", "text-anchor=\"end\" font-weight=\"bold\"");
    double x = LEFT;
    for (MembershipStatus s : legendOrder()) {
      if (!statuses.contains(s)) {
        continue;
      }
      svg.append("<g class=\"legend-item\" data-status=\"").append(Labels.id(s)).append("\">");
      rect(x, y, 14, 14, color(s), "stroke=\"#333333\" stroke-width=\"0.5\"");
      String label = Labels.status(s);
      text(x + 19, y + 11, label, null);
      svg.append("</g>\n");
      x += 19 + label.length() * 7.2 + 18;
    }
    double y2 = y + 28;
    svg.append("<g class=\"legend-item\" data-kind=\"summit\">");
    svg.append(String.format(Locale.ROOT,
        "<path d=\"M%d,%.1f L%d,%.1f L%d,%.1f Z\" fill=\"#c53030\"/>", LEFT + 2, y2, LEFT + 12, y2, LEFT + 7,
        y2 + 10));
    text(LEFT + 19, y2 + 10, "summit (regular Council of Heads of State meeting)", null);
    svg.append("</g>\n");
    svg.append("<g class=\"legend-item\" data-kind=\"planned-summit\">");
    svg.append(String.format(Locale.ROOT,
        "<path d=\"M%d,%.1f L%d,%.1f L%d,%.1f Z\" fill=\"#ffffff\" stroke=\"#c53030\"/>", LEFT + 382, y2,
        LEFT + 392, y2, LEFT + 387, y2 + 10));
    text(LEFT + 399, y2 + 10, "planned summit", null);
    svg.append("</g>\n");
    svg.append("<g class=\"legend-item\" data-kind=\"presidency\">");
    rect(LEFT + 520, y2, 22, 12, "#4a5568", null);
    text(LEFT + 549, y2 + 10, "presidency term (holder's ISO code)", null);
    svg.append("</g>\n");
    svg.append("</g>\n");
  }

  private static List<MembershipStatus> legendOrder() {
    return List.of(
        MembershipStatus.DIALOGUE_PARTNER,
        MembershipStatus.OBSERVER,
        MembershipStatus.PARTNER,
        MembershipStatus.ACCESSION_STARTED,
        MembershipStatus.ACCEDING,
        MembershipStatus.MEMBER,
        MembershipStatus.SUSPENDED,
        MembershipStatus.WITHDRAWN);
  }

  private double x(LocalDate day) {
    double total = ChronoUnit.DAYS.between(from, to.plusDays(1));
    return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(from, day) / total;
  }

  private void rect(double x, double y, double w, double h, String fill, @Nullable String extra) {
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
        x, y, w, h, fill));
    if (extra != null) {
      svg.append(' ').append(extra);
    }
    svg.append("/>");
  }

  private void line(double x1, double y1, double x2, double y2, String stroke, double width, @Nullable String dash) {
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"", x1, y1, x2, y2,
        stroke, width));
    if (dash != null) {
      svg.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    svg.append("/>");
  }

  private void text(double x, double y, String text, @Nullable String attributes) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"", x, y));
    if (attributes != null) {
      svg.append(' ').append(attributes);
    }
    svg.append('>').append(Xml.escape(text)).append("</text>");
  }

  /** The middle day of a partial date's span: a summit known only to the year is drawn mid-year. */
  private static LocalDate midpoint(LocalDate earliest, LocalDate latest) {
    return earliest.plusDays(ChronoUnit.DAYS.between(earliest, latest) / 2);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static Map<MembershipStatus, String> colors() {
    Map<MembershipStatus, String> c = new EnumMap<>(MembershipStatus.class);
    c.put(MembershipStatus.NONE, "#ffffff");
    c.put(MembershipStatus.DIALOGUE_PARTNER, "#f6c343");
    c.put(MembershipStatus.OBSERVER, "#48bb78");
    c.put(MembershipStatus.PARTNER, "#ed8936");
    c.put(MembershipStatus.ACCESSION_STARTED, "#b3d4f5");
    c.put(MembershipStatus.ACCEDING, "#63a4e8");
    c.put(MembershipStatus.MEMBER, "#2c5aa0");
    c.put(MembershipStatus.SUSPENDED, "#e53e3e");
    c.put(MembershipStatus.WITHDRAWN, "#a0aec0");
    return c;
  }
}
