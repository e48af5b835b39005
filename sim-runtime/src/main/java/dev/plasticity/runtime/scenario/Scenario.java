package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.DefaultType;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Schedule;
import java.util.List;
import java.util.Map;

/** A scenario file, bound: what to simulate, on which data, learning how, measuring what. */
@Doc("A Plasticity scenario")
public record Scenario(
    @Doc("name used in outputs") String name,
    @Doc("what the scenario shows") @Optional String description,
    @Doc("root seed; every component's random stream derives from it") @Default("42") long seed,
    @Doc("where the data comes from") DataSource data,
    @Doc("populations and projections; absent: just an input population sized to the data")
        @Optional NetworkSpec network,
    @Doc("loss, credit assignment and optimizer; absent for networks that do not learn")
        @Optional LearningSpec learning,
    @Doc("how data is presented over ticks") @DefaultType("minibatch") Schedule schedule,
    @Doc("what is measured at every evaluation") @Default("[]") List<Metric> metrics,
    @Doc("named changes run side by side: variant -> {\"json.path\": value}")
        @Default("{}") Map<String, Map<String, JsonNode>> variants,
    @Doc("changes that shrink the scenario to a seconds-long smoke run (--smoke)")
        @Default("{}") Map<String, JsonNode> smoke,
    @Doc("metric the final comparison of variants is ranked by, largest first; absent: scenario order")
        @Optional String rankBy,
    @Doc("with --seeds, the variant every other one is compared with seed by seed (paired differences)")
        @Optional String baseline,
    @Doc("repeat every variant once per seed, as --seeds does (which replaces it); empty: once, with seed")
        @Default("[]") List<Long> seeds) {}
