#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A random number generator that gives the same numbers for the same seed
/// on every machine: SplitMix64 (Steele, Lea and Flood, 2014).
///
/// Each call adds a fixed odd constant to a 64-bit state and scrambles the
/// result; only integer arithmetic is involved, so it is exact everywhere.
/// Uniform doubles take the top 53 bits (`next() >> 11` times 2^-53, in
/// [0, 1)); normal doubles use the Box–Muller transform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal double (mean 0, standard deviation 1).
    ///
    /// Box–Muller: from two uniforms u1 in (0, 1] and u2 in [0, 1),
    /// `sqrt(-2 ln u1) * cos(2 pi u2)` is normally distributed. One pair is
    /// used per call, so each draw depends only on the state.
    public mutating func normal() -> Double {
        let u1 = 1 - uniform()
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
