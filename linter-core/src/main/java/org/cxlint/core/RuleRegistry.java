package org.cxlint.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.cxlint.core.rule.Rule;

/**
 * The rules cxlint knows: every {@link Rule} found through {@link ServiceLoader}, or a given
 * list. Ids are unique; two rules claiming one id is an error that names both classes, because
 * silently keeping one would make findings depend on classpath order.
 */
public final class RuleRegistry {
  private final List<Rule> rules;
  private final Map<String, Rule> byId;

  private RuleRegistry(List<Rule> rules) {
    Map<String, Rule> map = new LinkedHashMap<>();
    List<Rule> all = new ArrayList<>(rules);
    for (Rule engine : EngineRules.all()) {
      if (!all.contains(engine)) {
        all.add(engine); // the engine's own findings are rules like any other
      }
    }
    for (Rule r : all) {
      String id = r.meta().id();
      Rule previous = map.putIfAbsent(id, r);
      if (previous != null) {
        throw new IllegalStateException("two rules claim the id \"" + id + "\": "
            + previous.getClass().getName() + " and " + r.getClass().getName()
            + ". Rule ids must be unique; rename or remove one of them.");
      }
    }
    List<Rule> sorted = new ArrayList<>(map.values());
    sorted.sort(Comparator.comparing(r -> r.meta().id()));
    this.rules = List.copyOf(sorted);
    this.byId = Map.copyOf(map);
  }

  /** Rules found by ServiceLoader through the thread's context class loader. */
  public static RuleRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : RuleRegistry.class.getClassLoader());
  }

  /** Rules found by ServiceLoader through {@code loader}. */
  public static RuleRegistry load(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    try {
      for (Rule r : ServiceLoader.load(Rule.class, loader)) {
        found.add(r);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load a rule: " + e.getMessage(), e);
    }
    return new RuleRegistry(found);
  }

  /** A registry of exactly these rules (tests, embedding). */
  public static RuleRegistry of(List<? extends Rule> rules) {
    return new RuleRegistry(List.copyOf(rules));
  }

  /** This registry plus {@code more} (e.g. rules a config file defines); ids stay unique. */
  public RuleRegistry with(List<? extends Rule> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(more);
    return new RuleRegistry(all);
  }

  /** Every rule, sorted by id. */
  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every rule id, sorted. */
  public List<String> ids() {
    return rules.stream().map(r -> r.meta().id()).toList();
  }
}
