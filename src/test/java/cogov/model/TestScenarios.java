package cogov.model;

import cogov.config.CommunitySpec;
import cogov.config.CommunityType;
import cogov.config.CostsSpec;
import cogov.config.DistributionSpec;
import cogov.config.EventsSpec;
import cogov.config.FeedbackSpec;
import cogov.config.InfluenceSpec;
import cogov.config.MechanismsSpec;
import cogov.config.NeedCategory;
import cogov.config.NeedsSpec;
import cogov.config.NetworkKind;
import cogov.config.NetworkSpec;
import cogov.config.ParticipationSpec;
import cogov.config.ReportingSpec;
import cogov.config.ResidentsSpec;
import cogov.config.Scenario;
import cogov.config.ServiceSpec;
import cogov.config.StateOffsets;

import java.util.List;
import java.util.Map;

/** Scenarios built in code for model tests (independent of the YAML loader), with the documented defaults. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static MechanismsSpec mechanisms(boolean jb, boolean ri, boolean plg, boolean fts, boolean ig) {
        return new MechanismsSpec(
                new MechanismsSpec.JointBuildingSpec(jb, 3, 120, 50, 20000, 100, 8),
                new MechanismsSpec.RegionalIntegrationSpec(ri, 0.3, 3, 400, 0.2),
                new MechanismsSpec.PartyLedGovernanceSpec(plg, 2, 0.02, 4, 1.15, 0.15),
                new MechanismsSpec.FullTimeStaffSpec(fts, 350, 5, 1.2, 0.10),
                new MechanismsSpec.InputGuaranteeSpec(ig, 20000, 60000, 100000, 30));
    }

    public static ResidentsSpec residents(DistributionSpec threshold) {
        return new ResidentsSpec(threshold, DistributionSpec.normal(0.40, 0.15), DistributionSpec.normal(0.55, 0.15),
                DistributionSpec.normal(0.62, 0.12), 0.10, 0.25, 0.30, 0.15, 0.08, 20, 24, 1, 2,
                Map.of(CommunityType.COMMODITY_HOUSING, new StateOffsets(-0.03, -0.05, 0, 0.02),
                        CommunityType.RELOCATED, new StateOffsets(-0.05, -0.08, -0.04, 0.05)),
                new StateOffsets(-0.05, -0.05, -0.03, 0.03));
    }

    public static NeedsSpec needs(double rate, String effort) {
        return new NeedsSpec(rate, 1.6, 0.7, effort, List.of(
                new NeedCategory("elderly_care", 0.20, 3.0, 0.05),
                new NeedCategory("environment", 0.20, 2.0, 0.10),
                new NeedCategory("property_repair", 0.20, 4.0, 0.20),
                new NeedCategory("disputes", 0.15, 3.0, 0.15),
                new NeedCategory("safety", 0.10, 2.0, 0.10),
                new NeedCategory("admin_consultation", 0.15, 1.0, 0.02)));
    }

    /** A small county of three communities, one per type, with the default parameters. */
    public static Scenario smallCounty(int days, long seed) {
        return new Scenario("small-county", "test county", days, seed,
                List.of(new CommunitySpec("old-town", CommunityType.OLD_URBAN, 600, 0, 2, 3, 2, 80, 20000),
                        new CommunitySpec("garden", CommunityType.COMMODITY_HOUSING, 500, 0, 2, 2, 1, 60, 15000),
                        new CommunitySpec("xinhe", CommunityType.RELOCATED, 500, 150, 2, 2, 1, 50, 15000)),
                residents(DistributionSpec.normal(0.35, 0.12)),
                new NetworkSpec(NetworkKind.SMALL_WORLD, 8, 0.1, 0.02),
                new ParticipationSpec(30, false, 0.0, 0, 0.15, 0.15, 0.10, 0.01, 0.05),
                new EventsSpec(7, true, 1.0, 200, 2, 0.03, 0.01),
                needs(0.008, "exponential"),
                new ReportingSpec(0.10, 0.35, 0.20, 0.30, 0.10, 0.6, 400, 0.01),
                new ServiceSpec(3.0, 1.0, 0.25, 60, 0.5, 10, 0.8, 7, 15, 30, 0.55),
                new FeedbackSpec(0.04, 0.02, 7, 0.06, 0.04, 0.10, 0.08, 0.003),
                new InfluenceSpec(0.02, 0.01, 0.002, 0.10, 0.05),
                new CostsSpec(48000, 36000, 60, 3000),
                mechanisms(false, false, false, false, false));
    }

    /** Returns the scenario with other mechanisms. */
    public static Scenario withMechanisms(Scenario s, MechanismsSpec m) {
        return new Scenario(s.name(), s.description(), s.days(), s.seed(), s.communities(), s.residents(), s.network(),
                s.participation(), s.events(), s.needs(), s.reporting(), s.service(), s.feedback(), s.influence(),
                s.costs(), m);
    }
}
