/**
 * Dates as Indonesian news text writes them: "Rabu (13/9/2023)", "pada 18 dan 19 Juni",
 * "Kamis (14/9)", read with the year the article implies.
 */
@NullMarked
@NamedInterface("dates")
package id.warta.language.dates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
