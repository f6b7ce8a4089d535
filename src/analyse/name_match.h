// String and phonetic similarity of personal names, for merging spellings of one person.
//
//   SurnameScore("fogel", "vogel")      -> 0.92 (same sound: F/V)
//   FirstNameScore("mike", "michael")   -> 1.0  (nickname table)
//   FirstNameScore("marc", "marco")     -> 0.0  (different names)
//
// Inputs are folded words (FoldWord). Scores are in [0, 1]; 0 means "not the same name".
#ifndef CHORUS_ANALYSE_NAME_MATCH_H_
#define CHORUS_ANALYSE_NAME_MATCH_H_

#include <string>
#include <string_view>

namespace chorus {

double JaroWinkler(std::string_view a, std::string_view b);
int EditDistance(std::string_view a, std::string_view b);

// Folds transliteration differences: y->i, w->v, ph->f, kh->h, ck->k, ks->x, th->t, doubles,
// final v->f ("zelenskyy" -> "zelenski", "witkoff" -> "vitkof").
std::string TranslitKey(std::string_view folded);

// Consonant skeleton after TranslitKey, with sound classes (b/p, f/v, c/k/g/q, s/z/x, d/t):
// "fogel" and "vogel" -> "FKL".
std::string PhoneticKey(std::string_view folded);

double SurnameScore(std::string_view a, std::string_view b);
double FirstNameScore(std::string_view a, std::string_view b);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_NAME_MATCH_H_
