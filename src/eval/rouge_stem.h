// Word normalisation of ROUGE-1.5.5's -m option: the WordNet exception base form of a word when
// it has one ("were" -> "be", "told" -> "tell"), otherwise ROUGE's own Porter stem.
//
//   RougeMorphStem("children") -> "child"   (WordNet noun exception)
//   RougePorterStem("movement") -> "movem"  (ROUGE's variant; Snowball "porter" keeps it)
//
// ROUGE-1.5.5 ships a Perl Porter stemmer ("Release 1" of Porter's reference version, with
// "bli" -> "ble" and "logi" -> "log" in step 2) that its author changed in step 4 (02/2004): a
// word ending in -ement tries the whole list, then "-ment", then "-ent", each when m > 1. Its
// patterns treat "y" as a consonant in [^aeiou] and as a vowel in [aeiouy], so the measure m is
// computed with exactly those classes here. Both differ from libstemmer's "porter" on a few
// hundred common words, enough to move DUC 2004 ROUGE-1 by 0.1 points.
#ifndef CHORUS_EVAL_ROUGE_STEM_H_
#define CHORUS_EVAL_ROUGE_STEM_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace chorus {

// ROUGE-1.5.5's Porter stem of a lowercase ASCII word (words under 3 characters unchanged).
std::string RougePorterStem(std::string_view word);

// ROUGE-1.5.5's MorphStem: the WordNet exception base form, else RougePorterStem. The exception
// lists are WordNet 3.0's {adj,adv,noun,verb}.exc (Debian wordnet-base) from
// $CHORUS_WORDNET_DIR or /usr/share/wordnet, loaded in that order (later lists win), which is
// how ROUGE's WordNet-2.0.exc.db resolves words in several lists. Without the lists: Porter only.
std::string RougeMorphStem(std::string_view word, bool wordnet_exceptions);

// Number of WordNet exception entries found (0 when the lists are not installed).
size_t WordNetExceptionCount();

}  // namespace chorus

#endif  // CHORUS_EVAL_ROUGE_STEM_H_
