package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reading of a relative difference {@code ||n - a|| / (||n|| + ||a||)} after the classic course
 * bands.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Band {

    /** At most 1e-7: the gradients agree to the limit of the method. */
    GREAT(1e-7, "great"),

    /** At most 1e-5: usually fine, worth a second look for a smooth layer. */
    LOOK_AGAIN(1e-5, "look again"),

    /** At most 1e-3: suspicious; fine only near kinks or in float. */
    SUSPICIOUS(1e-3, "suspicious"),

    /** Above 1e-3: almost certainly a wrong gradient. */
    WRONG(Double.POSITIVE_INFINITY, "wrong");

    private final double upperBound;
    private final String label;

    Band(double upperBound, String label) {
        this.upperBound = upperBound;
        this.label = label;
    }

    /**
     * Return the band of a relative difference.
     *
     * @param relativeDifference a value in [0, 1], or NaN
     * @return the band; {@link #WRONG} for NaN
     * @since 0.1
     */
    public static Band of(double relativeDifference) {
        for (Band band : values()) {
            if (relativeDifference <= band.upperBound) {
                return band;
            }
        }
        return WRONG;
    }

    /**
     * Return the band's label as printed in reports.
     *
     * @return a short lower-case label
     * @since 0.1
     */
    public String label() {
        return label;
    }
}
