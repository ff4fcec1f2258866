package org.cxlint.rules.readability;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cxlint.core.analysis.Metrics;

/** The grade-level formulas a readability rule can judge by, with their config names. */
enum GradeFormula {
  FLESCH_KINCAID("flesch-kincaid", "Flesch–Kincaid", Metrics::fleschKincaidGrade),
  GUNNING_FOG("gunning-fog", "Gunning Fog", Metrics::gunningFog),
  SMOG("smog", "SMOG", Metrics::smogIndex),
  COLEMAN_LIAU("coleman-liau", "Coleman–Liau", Metrics::colemanLiauIndex),
  AUTOMATED_READABILITY("ari", "Automated Readability Index", Metrics::automatedReadabilityIndex);

  private final String id;
  private final String label;
  private final ToDoubleFunction<Metrics> grade;

  GradeFormula(String id, String label, ToDoubleFunction<Metrics> grade) {
    this.id = id;
    this.label = label;
    this.grade = grade;
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(f -> f.id).toList();
  }

  static GradeFormula of(String id) {
    for (GradeFormula f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown readability formula " + id);
  }

  String label() {
    return label;
  }

  double grade(Metrics m) {
    return grade.applyAsDouble(m);
  }
}
