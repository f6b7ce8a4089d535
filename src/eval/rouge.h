// ROUGE-N and ROUGE-L following ROUGE-1.5.5 (Lin 2004) with the DUC 2004 settings.
#ifndef CHORUS_EVAL_ROUGE_H_
#define CHORUS_EVAL_ROUGE_H_

namespace chorus {}  // namespace chorus

#endif  // CHORUS_EVAL_ROUGE_H_
