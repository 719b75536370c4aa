package cogov.mechanism;

import cogov.config.MechanismsSpec.InputGuaranteeSpec;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Mechanism;

/**
 * Input guarantee (投入保障): an activity budget per 1,000 households with a floor per community plus
 * Party-mass service funds (Shandong 2017), and service venue area to the national standard per 100
 * households.
 */
public final class InputGuarantee implements Mechanism {
    private final InputGuaranteeSpec spec;

    public InputGuarantee(InputGuaranteeSpec spec) {
        this.spec = spec;
    }

    @Override
    public int startDay() {
        return spec.startDay();
    }

    @Override
    public void setUp(CountyModel model) {
        for (Community c : model.communities()) {
            double standard = Math.max(spec.minYuanPerCommunity(), spec.yuanPer1000Households() * c.households() / 1000.0);
            c.ensureBudgetYuanYear(standard);
            c.addPartyMassFund(spec.partyMassFundYuan());
            c.ensureVenueM2(spec.venueM2Per100Households() * c.households() / 100.0);
        }
    }
}
