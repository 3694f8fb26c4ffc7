// Work axis: is the job mostly creating models (building), getting models into
// production and keeping them there (ops), or an even split (mixed)? See LABELS.md.
//
// The title leans one way or the other ("Research Scientist", "MLOps Engineer").
// In the description each line or sentence votes once, split between the sides by
// the cues it holds and weighted by its section: the company blurb, benefits and
// EEO text count for nothing, "nice to have" for little, responsibilities for most.
// The building share of the votes, read against bands that the title shifts, gives
// the label; balanced shares ("from prototype to production") give mixed.
import type { Evidence, WorkLabel, WorkResult } from '../model';
import { compileCues, scanCues, type Cue, type CueHit } from './cues';
import { evidenceAt } from './evidence';
import type { ClassifyInput } from './input';
import { isRegexSpace } from './regex-space';
import { contentRanges, sectionAt, sections, type SectionKind } from './sections';
import { WORK_RULE, type WorkRuleParams } from './work-rule';

type Side = 'building' | 'ops' | 'mixed';

const c = (id: string, tag: Side, weight: number, pattern: string): Cue<Side> => ({ id, tag, weight, pattern });

// A few words between a verb and its object: bounded, so the regex stays linear.
const GAP = "(?:[\\w/'’&+-]+,? ){0,4}?";

const TITLE_CUES = compileCues<Side>([
  c('t-research-scientist', 'building', 7, '(?:research|applied|ml|ai|machine learning|nlp|computer vision|clinical ai|data (?:&|and) applied) scientists?'),
  // A Research Software Engineer writes software for researchers.
  c('t-researcher', 'building', 7, 'researchers?|research(?! software)(?: engineers?)?'),
  c('t-algorithms', 'building', 3, 'algorithms?|model(?:l)?ing|data modell?ing|forecasting|ranking|relevance|personali[sz]ation'),
  // "ds" alone, not Polish "ds." ("Specjalista ds. …": in charge of).
  c('t-data-scientist', 'building', 5, 'data scien(?:tists?|ce)|ds(?!\\.)'),
  c('t-scientist', 'building', 5, 'scientists?|modell?ers?|statisticians?|quant(?:itative)? \\w+|computational \\w+'),
  c('t-analyst', 'building', 2, 'analysts?'),
  c('t-vision', 'building', 2, 'computer vision|perception|nlp|deep learning'),
  c('t-mlops', 'ops', 8, 'mlops|ml ops|llmops|ai ops|ml platform|ai platform|machine learning platform|ml infrastructure|ai infrastructure|machine learning infrastructure|ai/ml infrastructure|ml reliability|inference|ml enablement|ml systems'),
  c('t-platform', 'ops', 6, 'platform|infrastructure|infra|devops|sre|reliability|deployment|operations|validation platform|(?:test |qa |release |build )?automation|(?:test|qa|release|build) engineer'),
  c('t-ai-engineer', 'ops', 5, '(?:gen(?:erative)? ?ai|ai|llm|ai/ml|ai agent|ai application|ai software application|ai solutions?|ai products?) (?:engineers?|developers?)|genai engineer'),
  // A plain "Software Engineer, ML" leans ops, less than "Backend" or "Platform" does.
  c('t-software-plain', 'ops', 4, '(?:software|software development) (?:engineers?|developers?)|developers?'),
  c('t-software', 'ops', 5, '(?:back[- ]?end|front[- ]?end|full[- ]?stack|data|(?<!recommend(?:er|ation)s? )systems?|applications?|product|qa|simulation|python|staff software|cloud|solutions?|analytics) (?:engineers?|developers?|development engineers?|architects?)'),
  c('t-genai', 'ops', 1, 'gen ?ai|generative ai|llms?|ai agents?|copilot'),
  // French, Spanish, Portuguese, German and Italian titles.
  c('t-researcher-intl', 'building', 7, 'chercheu(?:r|se)s?|investigador(?:a|es)?|pesquisador(?:a|es)?|forscher(?:in)?|ricercat(?:ore|rice)'),
  c('t-data-scientist-intl', 'building', 5, 'scientifiques? des donn[ée]es|cient[ií]fic[oa]s? de datos|cientistas? de dados|datenwissenschaftler(?:in)?'),
  c('t-ai-engineer-intl', 'ops', 5, "ing[ée]nieure?s? (?:en )?(?:ia|ai|intelligence artificielle|ml|machine learning|mlops)|ingenier[oa]s? (?:de |en )?(?:ia|ai|inteligencia artificial|machine learning|ml|mlops)|engenheir[oa]s? (?:de )?(?:ia|ai|intelig[eê]ncia artificial|machine learning|ml|mlops)|ki[- ](?:ingenieur|entwickler|engineer)(?:in)?|ingegnere (?:ia|ai|ml|machine learning)"),
], 'work title');

const BODY_CUES = compileCues<Side>([
  // ---- both at once, said in passing: "split their time between research and shipping", "build churn
  // models and run them too", "don't throw models over the wall". First, so that the building and ops
  // cues at the same words ("build … models", "deploy") do not take them.
  c('build-and-run', 'mixed', 3, `split(?:s|ting)? (?:their|your|our|his|her) time between (?:research|modell?ing|science|building|experimentation|prototyping|model development) and (?:shipping|production|engineering|deployment|deploying|infrastructure|operations)|(?:build|develop|train)(?:s|ing)? ${GAP}models? and (?:(?:deploy|ship|run|operat|maintain|productioni[sz])\\w* them|(?:take|bring|put|get)\\w* them (?:all the way )?(?:in)?to production)|(?:don['’]t|do not|never|won['’]t) (?:just )?throw ${GAP}over the wall|vom prototyp(?:en)? bis (?:in die|zur) produktion|du prototype (?:à|a) la (?:mise en )?production|del prototipo a (?:la )?producci[oó]n|do prot[oó]tipo (?:à|a) produ[cç][aã]o|half (?:of )?(?:the|your|this) (?:work|time|role|job)\\b[^.\\n]{0,80}\\bother half`),
  // ---- ops cues listed first: at one position the first alternative wins, so these
  // take the building words they contain ("infrastructure for training models").
  // Infrastructure, tooling or clusters that others train on: the job runs it.
  c('training-infra', 'ops', 2, `(?:infrastructure|tooling|tools|platforms?|clusters?|systems|frameworks|services|environments?|(?:software )?libraries|toolchains?|sdks?) (?:that (?:we use to|allow \\w+ to|enables? \\w+ to|let \\w+|help \\w+)|which|for|to support|to assist in|to help(?: \\w+)?|to enable(?: \\w+)?|used (?:to|for))(?: \\w+){0,3}? (?:train|training|fine-?tun\\w*|experimentation|build(?:ing)? (?:and \\w+ )?(?:(?:ml|machine learning|ai) )?models)(?!\\w)`),
  // "This role will not be involved in building any machine learning models".
  // Matched from "not" (or "won't"…) and checked backwards: the common "is"/"do" stay cheap.
  c('no-model-building', 'ops', 3, `(?:not_?(?<=\\b(?:will|does|do|is|would)[\\s*]{1,3}_?not_?)|(?:won|doesn|isn)['’]t)\\s(?:be\\s)?(?:involved\\sin|require|requiring|responsible\\sfor|focused\\son|expected\\sto)\\s${GAP}(?:new\\s|novel\\s|custom\\s)?(?:machine\\slearning\\s|ml\\s|ai\\s)?(?:models?|research|algorithms?)|(?:without|rather than|instead of) (?:training|building|developing) (?:them|(?:new |your own |our own |custom )?models?)|(?:don['’]t|do not|doesn['’]t|does not|won['’]t|will not|never) (?:\\w+ ){0,2}?(?:train|fine-?tune|build|develop)\\w* (?:(?:or|and) \\w+ )?(?:our own |new |custom |any )?(?:models?|llms?)`),

  // ---- building: the model itself is the deliverable
  c('train-models', 'building', 2.5, `(?:train|trains|training|pre-?train(?:ing)?)(?<!(?:deploy|serve|serving|deploying|run|running|host|hosting|use|using|of|pre|already|the) \\w+)(?! (?:data|datasets?|sets?|examples|samples|corpora|pipelines?|infrastructure|jobs?|runs?|clusters?|workloads?|code|programs?|programmes?|sessions?|courses?|materials?|budgets?|plans?|opportunities|and development|& development|efficiency|throughput)\\b),? (?:and (?:fine-?tun\\w*|evaluat\\w*|tun\\w*) )?${GAP}(?:models?|networks?|llms?|classifiers?|transformers?|(?:rl|reinforcement learning) (?:agents?|polic(?:y|ies)))`),
  c('fine-tune', 'building', 2.5, 'fine[- ]?tun(?:e|es|ed|ing)(?! (?:the |our |its )?(?:systems?|performance|process\\w*|quer\\w*|code|infrastructure|pipelines?|workflows?|prompts?|configurations?|settings?|system arc\\w*))'),
  c('develop-models', 'building', 2, `(?:develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|creat(?:e|es|ed|ing)|invent(?:s|ed|ing)?|prototyp(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|research(?:es|ed|ing)?|iterat(?:e|es|ed|ing) on|experiment(?:s|ed|ing)? with)(?:,(?= (?:and )?(?:implement|build|develop|design|train|test|evaluat|iterat|improv|refin|validat|optimi[sz]|creat|fine-?tun|tun)))? ${GAP}(?:ml |machine learning |ai |deep learning |predictive |statistical |new |novel )?(?<!(?:business|data|operating|revenue|pricing and business) )(?:models?|algorithms?|classifiers?|(?:model|neural|network|transformer|ml|deep learning) architectures?)(?! (?:infrastructure|platforms?|serving|deployment|apis?|training pipelines?|training infrastructure|performance|monitoring|drift|registr(?:y|ies)|observability))`),
  c('novel', 'building', 2, `novel ${GAP}(?:methods?|algorithms?|approach(?:es)?|architectures?|techniques?|models?)|new algorithms|algorithm development|(?<!(?:accelerat\\w*|enabl\\w*|support\\w*|efficient|faster|for|from custom) (?:[\\w/-]+ ){0,2})model development(?! (?:cycles?|lifecycle|and deployment|,? deployment))|model selection|new model architectures?|modell?ing techniques|model(?:l)?ing experience`),
  c('research', 'building', 2, 'conduct(?:s|ing)? research|research (?:projects?|agenda|directions?|problems?|questions?|ideas?|papers?|community)|applied research|fundamental research|cutting[- ]edge research|(?:research and development|r&d)(?! (?:centers?|centres?|organi[sz]ations?|studios?|functions?|teams?|departments?|groups?|process|initiatives?|environment))|research(?:ing)? (?:new|novel|state)|literature'),
  c('research-word', 'building', 0.7, '(?<!(?:operations?|operational|user|market|ux|customer) )research'),
  c('publish', 'building', 2.5, 'publish(?:ing|ed)?|publications?|peer[- ]reviewed|neurips|icml|iclr|cvpr|iccv|eccv|emnlp|acl|kdd|top[- ]tier (?:conferences?|venues?)|conference papers?'),
  c('experiments', 'building', 1.2, 'experiment(?:s|ation|al design|ing)?|a/b test(?:s|ing)?|ab test(?:s|ing)?|hypothes[ie]s(?: testing)?|design of experiments'),
  c('statistics', 'building', 1.2, 'statistic(?:s|al) (?:model(?:s|l?ing)?|analys[ie]s|methods?|inference|learning|techniques?)|causal inference|econometrics?|bayesian|probabilistic model(?:s|l?ing)?|survival analysis|time[- ]series (?:analysis|forecasting|models?)|forecasting|predictive model(?:s|l?ing)?|predictive analytics|mathematical model(?:s|l?ing)?|optimi[sz]ation (?:models?|algorithms?)'),
  c('ml-methods', 'building', 0.8, 'machine learning techniques|ml techniques|(?<!(?:software|test|visual|performance) )regression(?! (?:tests?|testing|coverage|suites?|bugs?))|classification|clustering|supervised|unsupervised|feature engineering|feature selection|data mining|(?:deep learning|neural networks?)(?! (?:training )?(?:deployment|inference|serving|compilers?|accelerators?|runtimes?|workloads?|hardware|platforms?|stacks?))|hyperparameters?|loss functions?|model accuracy|(?<!(?:monitor\\w*|alerting) (?:[\\w/&-]+ ){0,3})model performance(?! monitoring)|overfitting|random forests?|gradient boosting|xgboost|transformers?|gans?|diffusion models?|reinforcement learning|generative models?|representation learning|self-supervised|embeddings? models?'),
  c('analysis', 'building', 0.6, 'insights?|exploratory|analy[sz](?:e|es|ing)|analysis|analyses|quantitative|mathematics|math|statistics|algorithms?|modell?ing|models|dashboards?|data visuali[sz]ation|tableau|power bi|looker|kpis?'),
  c('phd', 'building', 1, 'ph\\.? ?d\\.?|doctorate|phd'),
  c('sota', 'building', 1, '(?:state[- ]of[- ]the[- ]art|sota)(?! (?:[\\w/-]+ ){0,3}?(?:infrastructure|platforms?|tools?|toolchains?|technolog(?:y|ies)|hardware|frameworks?|accelerators?|facilit(?:y|ies)|equipment|offices?|llms|apis?|products?))|(?<!for )frontier models?'),
  c('pytorch', 'building', 0.5, 'pytorch|tensorflow(?! (?:serving|lite))|jax|scikit-learn|sklearn|keras|r(?!\\s?&)\\b|stata|sas'),
  c('data-quality-of-model', 'building', 1, 'model quality|improve (?:the )?(?:accuracy|performance|quality) of|improv\\w* (?:the )?(?:model |prediction )?(?:accuracy|precision|recall)(?! of (?:our |the )?(?:data|systems?|pipelines?|processes))|accuracy of (?:our|the) models'),
  // The same in French, Spanish, Portuguese, German and Italian (no word an English posting uses).
  c('train-models-intl', 'building', 2.5, "(?:entra[iî]n(?:er|ement|ons)|entren(?:ar|amiento|amos|ando)|trein(?:ar|amento|amos)|addestr(?:are|amento|iamo)|training von) (?:(?:de|des|les|du|los|las|el|la|os|as|dos|das|di|dei|degli) )?(?:(?:nouveaux|nuevos|novos|nuovi) )?(?:mod[eè]les|modelos?|modelli|modellen|algorithmes|algoritmos|algoritmi|r[ée]seaux de neurones|redes neuronales|redes neurais|reti neurali)|modelle? (?:[\\w-]+ ){0,4}?(?:zu )?trainieren|(?:entwicklung und (?:dem )?)?training von (?:[\\w-]+-)?modell\\w*|modelltraining|(?:entwurf|training) (?:und (?:training|entwurf) )?(?:von |eigener |neuer )?(?:[\\w-]+ ){0,2}?(?:[\\w-]+-)?(?:modell\\w*|netzarchitektur\\w*|netze)|train(?:t|en) (?:[\\w-]+ ){0,3}?(?:modellen|netwerk\\w*)|trenowa\\w* (?:[\\w-]+ ){0,2}?modeli"),
  c('develop-models-intl', 'building', 2, "(?:d[ée]velopp(?:er|ement|ons)|conce(?:voir|ption)|cr[ée]ation|dise[ñn](?:ar|o|amos)|desarroll(?:ar|o|amos)|desenvolv(?:er|imento|emos)|sviluppo|svilupp(?:are|iamo)|progett(?:are|azione)|entwicklung von|entwickeln von|constru(?:ir|[cç][aã]o|imos|cci[oó]n)|apoiar na constru[cç][aã]o) (?:(?:de|des|d['’]|les|del|de los|dos|das|di|dei|degli|neuen) )?(?:(?:nouveaux|nuevos|novos|nuovi) )?(?:mod[eè]les|modelos?|modelli|modellen|algorithmes|algoritmos|algoritmi|algorithmen)|modelle? (?:[\\w-]+ ){0,4}?(?:zu )?entwickeln|entwicklung (?:und (?:dem )?training )?von (?:[\\w-]+ ){0,2}?(?:[\\w-]+-)?modell\\w*|modellentwicklung|du entwickelst (?:[\\w-]+ ){0,4}?\\w*modell\\w*|(?:ontwikkel(?:t|en)|ontwerp(?:t|en)|bouw(?:t|en)|verbeter(?:t|en)) (?:en (?:train(?:t|en)|verbeter(?:t|en)|ontwikkel(?:t|en)) )?(?:[\\w-]+ ){0,3}?[\\w-]*(?:modellen|netwerk\\w*|algoritmes?)|svilupper(?:ai|ai|emo|ete) (?:[\\w-]+ ){0,2}?(?:modelli|algoritmi)|(?:tworzenie|budowa|rozw[oó]j|projektowanie) (?:[\\w-]+ ){0,2}?(?:modeli|algorytm[oó]w)"),
  // "Modélisation des données" is as often data modelling as model building: weak, as "modeling" is.
  c('modelling-intl', 'building', 0.6, 'mod[ée]lisation|modelado|modelamiento|modelagem|modellierung|modellazione'),
  c('experiments-intl', 'building', 1.2, 'exp[ée]rimentation|experimentaci[oó]n|experimenta[cç][aã]o|sperimentazione|experimente(?:n)?|experimenten|esperimenti|eksperyment\\w*'),
  c('statistics-intl', 'building', 0.8, 'anomalieerkennung|zeitreihen\\w*|prognosemodell\\w*|vorhersagemodell\\w*|versuchsplanung|auswertung von versuch\\w*|d[ée]tection d.anomalies|s[ée]ries (?:temporelles|temporais)|series (?:de tiempo|temporales)|statistiques?|estad[ií]stic(?:a|as|o|os)|estat[ií]stic(?:a|as|o|os)|statistik|statistic(?:a|he)|analyse (?:de|des) donn[ée]es|an[aá]lisis de datos|an[aá]lise de dados|datenanalyse|analisi (?:dei )?dati'),
  c('research-intl', 'building', 0.7, 'recherche appliqu[ée]e|investigaci[oó]n|pesquisa|forschung|ricerca'),

  // ---- ops: serving, platforms, pipelines, integrating existing models
  // People are "deployed to client projects" in IT-services postings: staffing, not deploying models.
  c('deploy', 'ops', 1.5, "deploy(?:s|ed|ing|ment|ments)?(?! (?:to|on|at|in|into) (?:our |a |the )?(?:clients?|customers?)(?:['’]s?)? (?:projects?|engagements?|assignments?|teams?))"),
  c('production', 'ops', 1.2, 'productioni[sz](?:e|es|ed|ing|ation)|production[- ](?:ready|grade|quality|systems?|environments?|ml|models?|services?|infrastructure|pipelines?|code|traffic|workloads?|support|issues?)|in production|into production|to production|operationali[sz](?:e|es|ed|ing|ation)|industriali[sz](?:e|es|ed|ing)|industrialization'),
  c('serving', 'ops', 2, 'model serving|serving(?! as\\b| (?:our |global )?(?:clients|customers|communities|patients|members))|inference|latency|throughput(?! (?:small molecule|biolog\\w*|screening|sequencing))|low-latency|real-time systems?|high[- ]availability|uptime|slas?|slos?'),
  c('mlops', 'ops', 2.5, 'mlops|ml ops|llmops|devops|sre|site reliability|ml platforms?|ai platforms?|machine learning platforms?|feature stores?|model registry|mlflow|kubeflow|sagemaker|vertex ai|bedrock|ray|triton|vllm|tensorrt|onnx|torchserve|bentoml|seldon|tf ?serving|tensorflow serving|tfx'),
  // Retraining keeps a model in production ("identifying model drift and retraining models", "automated retraining
  // from feedback"): LABELS.md ops, not making a model.
  c('infra', 'ops', 1.5, 'infrastructure|on-?call|re-?train(?:s|ed|ing)?|incidents?|observability|monitor(?:s|ed|ing)?(?! (?:[\\w/-]+ ){0,3}?(?:trends?|landscape|research|developments|advances|news|market|competitors?|industry|kpis?))|alerting|drift|(?<!(?:accuracy|quality|explainability),? (?:and )?)reliability|scalab(?:le|ility)|scaling(?! (?:company|startup|business|organi[sz]ation|team))|distributed systems|fault[- ]tolerant|gpu clusters?|compute clusters?|(?:compute|gpu|serving|cluster) capacity|capacity (?:planning|management)|prometheus|grafana|datadog|pagerduty|opentelemetry|distributed tracing|troubleshoot\\w*'
    // The company's product platform is not the job's: a platform counts when it is technical or the job runs it.
    + '|platforms?(?<=(?:\\bml|\\bai|learning|data|compute|cloud|cloud-based|computing|inference|serving|training|experimentation|developer|internal|infrastructure|streaming|messaging|engineering|deployment|llm|gpu|embedded|annotation|orchestration|software) platforms?)'
    + '|platforms?(?<=(?:build|design|develop|maintain|operat|scal|improv|own|architect)\\w* (?:[\\w-]+ ){0,3}platforms?)'
    + '|platforms?(?= (?:engineer\\w*|teams?|services|components|infrastructure|tools|tooling|reliability|or infrastructure))'),
  c('containers', 'ops', 1.8, 'kubernetes|k8s|docker|containers?|containeri[sz]\\w*|helm(?! of)|terraform|infrastructure[- ]as[- ]code|iac|ci/cd|cicd|continuous (?:integration|delivery|deployment)|github actions|jenkins|gitlab ci|circle ?ci|spinnaker|ansible|(?:progressive|staged|canary|gradual) roll-?outs?|canary (?:releases?|deployments?)|shadow (?:mode|deployments?)|rollbacks?|argo\\w*|pulumi|cloudformation'),
  c('pipelines', 'ops', 1.2, 'pipelines?|airflow|kafka|spark|pyspark|flink|beam|dbt|etl|elt|data engineering|data warehous\\w*|data lakes?|snowflake|bigquery|databricks|redshift|streaming|batch processing|orchestration|dagster|prefect'
    // A user's or a business's workflow is not a pipeline.
    + '|workflows?(?<=(?:argo|airflow|\\bml|mlops|deployment|data|etl|ci/cd|training|orchestration|automated|dag|pipeline|engineering|inference|evaluation) workflows?)|workflows?(?= (?:orchestrat\\w*|engines?|management|automation|frameworks?|tools))'),
  c('cloud', 'ops', 0.6, 'aws|gcp|azure|(?<!point )cloud|lambda|ec2|s3|serverless'),
  c('llm-integration', 'ops', 2, 'llm apis?|openai|anthropic|claude|gpt-?[34o]\\w*|gemini|langchain|langgraph|llamaindex|llama ?index|rag|retrieval[- ]augmented(?: generation)?|vector (?:databases?|stores?|search|dbs?)|pinecone|weaviate|chroma|pgvector|agentic|ai agents?|agents?(?!-based| (?:review|productivity|desktop|coaching|handling))(?<!(?:support|service|customer|call center|call centre|human|sales|travel|insurance|nearby|other|field|learning|rl|game[- ]playing) agents?)|prompt(?:s|ing| engineering| design)?|copilots?|chatbots?|assistants?|tool[- ]calling|function[- ]calling|mcp|guardrails'),
  c('integrate', 'ops', 1.2, 'integrat(?:e|es|ed|ing|ion|ions)(?! (?:in|into|with|within) (?:the |our |your )?(?:team|company|culture|organi[sz]ation)| (?:global |cross-functional )?teams?\\b| as a service)(?<!(?:mission to|our|an) integrat\\w*)|third[- ]party (?:models?|providers?|apis?)|existing models|pre-?trained models|off[- ]the[- ]shelf|foundation model apis?'),
  c('software', 'ops', 0.8, 'back-?end|front-?end|full[- ]?stack|microservices?|apis?|restful|rest(?=[ /-]?(?:apis?|services?|endpoints?|&))|grpc|graphql|react|typescript|javascript|node\\.?js|golang|java|scala|rust|c\\+\\+|sdks?|software engineering|software development|web applications?|(?<!(?:financial|professional|consulting|banking|advisory|staffing|legal|medical|health ?care|forces|information|products,? (?:and|&)|solutions,? (?:and|&)) )services(?! (?:firm|industry|sector|compan\\w+|medal|organi[sz]ation))|databases?|postgres\\w*|nosql|redis|user[- ]facing|product features?|ui|ux|unit tests?|(?<!(?:statistical|significance|hypothesis|market|multi-cell|multivariate|incrementality|a/b|ab|split|user|usability|field) )testing(?! hypothes\\w*)|fast ?api|flask|django|code reviews?|system design'),
  c('perf', 'ops', 1.2, 'gpus?|cuda|kernels?(?!-based| (?:methods?|trick|density|regression|smoothing))|(?:training|inference|deep learning|ml|ai) workloads?|performance (?:analysis|optimi[sz]ation|tuning|engineering|profiling)|quantization|quantiz\\w*|pruning|distillation|compilers?|optimi[sz](?:e|es|ed|ing|ation) (?:for )?(?:[\\w-]+ ){0,2}?(?:performance|latency|cost|throughput|memory|speed)|cost[- ](?:efficien\\w*|optimi[sz]\\w*)|caching|benchmark\\w*(?! against (?:similar|peer|the market|market|real-time market|industry)| compensation)|profil(?:ing|ers?)'),
  c('eval-harness', 'ops', 1, 'evaluation (?:frameworks?|harness(?:es)?|pipelines?|infrastructure|tooling|systems?)|evals|tooling|tools|automation|automate'),
  // The same in French, Spanish, Portuguese, German and Italian (no word an English posting uses).
  c('deploy-intl', 'ops', 1.5, 'd[ée]ploi(?:ement|ements|er)|d[ée]ploy(?:er|ons|ez)|despliegues?|desplegar|despleg(?:amos|ando)|implanta[cç][aã]o|bereitstellung|deploy(?:en|st|t)|rilascio|wdra[żz]\\w*|uitrol(?:len|t)|rolt (?:[\\w-]+ ){0,4}?uit'),
  c('production-intl', 'ops', 1.2, 'mise en production|(?:en|a|puesta en) producci[oó]n|(?:em|para) produ[cç][aã]o|in produktion|in produzione|industrialis(?:er|ation|ons)|industrializ(?:ar|aci[oó]n|a[cç][aã]o|zazione|zare)|produktivbetrieb|(?:naar|in) productie|na produkcj[ęe]'),
  c('infra-intl', 'ops', 1.5, 'infraestructuras?|infraestruturas?|infrastrukturen?|infrastruttur[ae]|plateformes?|plataformas?|piattaform[ae]|monitori(?:zaci[oó]n|za[cç][aã]o|zar)|monitoreo|monitoramento|escalabilidad|escalabilidade|skalierbarkeit|fiabilidad|confiabilidade|[üu]berwach(?:e|en|st|t|ung)|im betrieb|betreib(?:en|st|t)|monitorowani\\w*|monitoraggio|suivi des mod[eè]les|opvolg\\w*|volg je ze op'),
  // Joining a team ("integrar a equipa", "intégrer notre équipe") is not integrating a system.
  c('integrate-intl', 'ops', 1.2, "(?:intégr(?:er|ation|ations)|integraci[oó]n|integrar|integra[cç][aã]o|integrazione|integrare)(?! (?:(?:a|o|la|el|le|les|nuestro|nuestra|notre|nos|nossa|nosso|il|la nostra|il nostro|l['’]|une?|uma|um) ?)?(?:équipes?|equipas?|equipos?|equipes?|times?|team|squads?|empresas?|entreprise|companhia|azienda|squadra))"),
  c('software-intl', 'ops', 0.8, 'd[ée]veloppement logiciel|desarrollo de software|desenvolvimento de software|softwareentwicklung|sviluppo software|bases? de donn[ée]es|bases? de datos|bancos? de dados|datenbanken?'),

  // ---- both at once: "prototype to production", end-to-end ownership
  // "Contribute to both the software engineering and machine learning sides", "bridge research and production".
  c('both-sides', 'mixed', 3, `both (?:the )?(?:research|modell?ing|machine learning|ml|science|data science|software engineering|engineering) and (?:the )?(?:engineering|production|software engineering|machine learning|ml|infrastructure|deployment|research)(?: sides?| aspects?| parts?)?|bridg(?:e|es|ing) (?:the gap )?between (?:research|science|data science|modell?ing) and (?:engineering|production|deployment)`),
  c('end-to-end', 'mixed', 2.5, '(?:end[- ]to[- ]end|e2e)(?<!(?:managing|manage|manages|automate and optimize|automate|optimi[sz]e|support|supports) (?:the |our )?(?:end[- ]to[- ]end|e2e))(?![ ,]+(?:[\\w/&-]+ ){0,2}?(?:tests?|testing|test cases|release|platforms?|product experiences|networking|automation|data (?:analytic )?pipelines|infrastructure|architecture|backend|services|software development|systems performance|ownership of projects|projects)(?![\\w-]))|full (?:ml |model |machine learning |ai )?life-?cycle|entire (?:ml |model )?life-?cycle|lifecycle of (?:ml|machine learning|ai) models'),
  c('proto-to-prod', 'mixed', 3, `(?:from|through) ${GAP}(?:research|prototyp\\w*|ideation|inception|concept(?:ion)?|experimentation|poc|proof of concept|idea|analysis|exploration|development)s? (?:to|through|into|all the way to) ${GAP}(?:production|deployment|launch)|(?:research|prototypes?) (?:to|into) production|(?:build|develop|design|train)(?:s|ing)?(?:,| and| &) ${GAP}(?:deploy|ship|productioni[sz]e|launch)\\w*(?!,? (?:(?:and|or) \\w+,? )?(?:of |and maintain )?(?:(?:the|our|new|automated|scalable|efficient|reliable|etl|data|backend|agentic|conversational|ai-powered|llm-powered|llm-based|ai-based|genai|innovative|advanced|large-scale) ){0,3}(?:microservices?|services|applications?|apps|code|software|(?:data )?pipelines?|apis?|features?|products?|agents?|systems|infrastructure|solutions)(?![\\w-]))`),
], 'work body');

// Where a cue sits decides how much it counts. Boilerplate counts for nothing.
const SECTION_WEIGHT: Record<SectionKind, number> = {
  responsibilities: 1.3, requirements: 0.9, preferred: 0.45, other: 1, about: 0, benefits: 0, eeo: 0,
};

/** Untitled text after the first duty or requirement section: closing matter more often than duties. */
const TRAILING_OTHER = 0.5;

/** The same cue repeated adds less and less: 1, 1/2, 1/3 … up to this many times. */
const MAX_REPEATS = 4;

interface Scored { building: number; ops: number; mixed: number; hits: Array<{ hit: CueHit<Side>; score: number; field: 'title' | 'description' }> }

function scoreHits(hits: CueHit<Side>[], weightAt: (h: CueHit<Side>) => number, field: 'title' | 'description', into: Scored): void {
  const seen = new Map<string, number>();
  for (const hit of hits) {
    const w = weightAt(hit);
    if (w <= 0) continue;
    const n = seen.get(hit.cue.id) ?? 0;
    if (n >= MAX_REPEATS) continue;
    seen.set(hit.cue.id, n + 1);
    const score = (hit.cue.weight * w) / (n + 1);
    into[hit.cue.tag] += score;
    into.hits.push({ hit, score, field });
  }
}

/** What the work model reads of a posting: cue hits with their weights, and the vote shares. */
export interface WorkAnalysis {
  scored: Scored;
  /** Section-weighted unit votes over the whole description. */
  votes: UnitVotes;
  /** The same, over responsibilities only. */
  dutyVotes: UnitVotes;
  titleLean: number;
  /** Per title cue id: 1 when the title holds it. */
  titleCues: Set<string>;
  /** Per body cue id: section-weighted, diminishing count (1 + 1/2 + … per repeat). */
  cueMass: Map<string, number>;
}

export function analyzeWork(input: ClassifyInput): WorkAnalysis {
  const title = input.title.length > MAX_TITLE ? input.title.slice(0, MAX_TITLE) : input.title;
  const { description } = input;
  const scored: Scored = { building: 0, ops: 0, mixed: 0, hits: [] };
  const titleHits = scanCues(TITLE_CUES, title);
  scoreHits(titleHits, () => 1, 'title', scored);
  const titleLean = scored.building - scored.ops;
  const titleCues = new Set(titleHits.map((h) => h.cue.id));

  const secs = sections(description);
  const hits = scanCues(BODY_CUES, description, contentRanges(secs));
  const kinds = hits.map((h) => sectionAt(secs, h.start)?.kind ?? 'other');
  // Untitled text after the duties and requirements (closing blurb, interview process, "what sets us apart"): half weight.
  const firstDuty = secs.find((x) => x.kind === 'responsibilities' || x.kind === 'requirements' || x.kind === 'preferred')?.start ?? Infinity;
  const weights = hits.map((h, j) => { const k = kinds[j]!; return k === 'other' && h.start > firstDuty ? SECTION_WEIGHT.other * TRAILING_OTHER : SECTION_WEIGHT[k]; });
  const cueMass = new Map<string, number>();
  const seen = new Map<string, number>();
  // Per-cue scores pick the evidence; per-unit votes and cue masses decide the label.
  let i = 0;
  scoreHits(hits, (h) => {
    const w = weights[i++]!;
    if (w > 0) {
      const n = seen.get(h.cue.id) ?? 0;
      if (n < MAX_REPEATS) { seen.set(h.cue.id, n + 1); cueMass.set(h.cue.id, (cueMass.get(h.cue.id) ?? 0) + w / (n + 1)); }
    }
    return w;
  }, 'description', scored);
  const { votes, dutyVotes } = unitVotes(description, hits, kinds, weights);
  return { scored, votes, dutyVotes, titleLean, titleCues, cueMass };
}

/** Titles longer than this are not titles: only their start is read. */
const MAX_TITLE = 300;

/** Cue ids, for the tuning scripts (lib/cli/work-train-lib.ts). */
export const TITLE_CUE_IDS: readonly string[] = TITLE_CUES.cues.map((c) => c.id);
export const BODY_CUE_IDS: readonly string[] = BODY_CUES.cues.map((c) => c.id);

/** What the rule reads of a posting: a handful of numbers (lib/cli/cv-work.ts tunes the rule on them). */
export interface RuleInputs { building: number; ops: number; titleLean: number; making: number }

/** Section-weighted mass of cues that say the job itself trains or fine-tunes models. */
const MAKING = ['train-models', 'fine-tune'];

export function ruleInputs(a: WorkAnalysis): RuleInputs {
  let making = 0;
  // A posting that says the job builds no models fine-tunes existing ones at most.
  if (!a.cueMass.has('no-model-building')) for (const id of MAKING) making += a.cueMass.get(id) ?? 0;
  return { building: a.votes.building, ops: a.votes.ops, titleLean: a.titleLean, making };
}

/** The rule's label for a posting, with the given parameters (default: the tuned ones). */
export function ruleLabel(a: WorkAnalysis | RuleInputs, params: WorkRuleParams = WORK_RULE): WorkLabel {
  return decide('scored' in a ? ruleInputs(a) : a, params).label;
}

export function classifyWork(input: ClassifyInput): WorkResult {
  const a = analyzeWork(input);
  const title = input.title.length > MAX_TITLE ? input.title.slice(0, MAX_TITLE) : input.title;
  const { label, confidence } = decide(ruleInputs(a));
  return { label, confidence, evidence: pickEvidence(a.scored, label, title, input.description) };
}

// Bands of the building share of the description's votes: below `lo` is ops, from
// `hi` up is building, between is mixed. A title that names the kind of work
// ("Research Scientist", "MLOps Engineer") moves the bands its way: the body must
// argue clearly against it to change the label. An engineering title ("Software
// Engineer, ML") whose duties also train or fine-tune models reads with the neutral
// bands: LABELS.md calls a job that both makes models and ships them mixed.
// The numbers are in work-rule.ts, tuned by lib/cli/train-work.ts and judged by
// cross-validation (lib/cli/cv-work.ts).

/** Turn the vote shares and the title's lean into a label, confidence from the margin. */
export function decide(r: RuleInputs, params: WorkRuleParams = WORK_RULE): { label: WorkLabel; confidence: number } {
  const total = r.building + r.ops;
  const lean = params.titleLean;
  let titleSide: 'building' | 'ops' | 'neutral' = r.titleLean >= lean ? 'building' : r.titleLean <= -lean ? 'ops' : 'neutral';
  // Too little in the text to judge: the title decides, or mixed with low confidence.
  if (total < 1) {
    if (titleSide === 'neutral') return { label: 'mixed', confidence: 0.25 };
    return { label: titleSide, confidence: 0.45 };
  }
  const bandSide = titleSide === 'ops' && r.making >= params.makingUnderOps ? 'neutral' : titleSide;
  const share = r.building / total;
  const { lo, hi } = params.bands[bandSide];
  let label: WorkLabel;
  let margin: number;
  if (share > hi) { label = 'building'; margin = share - hi; }
  else if (share < lo) { label = 'ops'; margin = lo - share; }
  else { label = 'mixed'; margin = Math.min(share - lo, hi - share); }
  if (bandSide !== titleSide) titleSide = 'neutral';
  const agreesWithTitle = titleSide === label;
  const strength = Math.min(1, total / 12);
  let confidence = 0.5 + Math.min(0.3, margin * 1.2) * strength + (agreesWithTitle ? 0.1 : 0) + 0.05 * strength;
  if (label === 'mixed') confidence -= 0.1;
  // Much said for the other side makes mixed plausible: on the corpus, most confident
  // misses were postings its readers called mixed.
  else confidence -= 0.1 * Math.min(1, (label === 'building' ? r.ops : r.building) / 5);
  confidence = Math.max(0.2, Math.min(0.95, confidence));
  return { label, confidence: Math.round(confidence * 100) / 100 };
}

/** The weightiest phrases for the chosen side, most weighty first; a handful. */
function pickEvidence(scored: Scored, label: WorkLabel, title: string, description: string): Evidence[] {
  // A mixed label shows both sides; building or ops only their own ("from prototype to production" argues for mixed).
  const wanted = (tag: Side): boolean => label === 'mixed' || tag === label;
  const best = scored.hits
    .filter((h) => wanted(h.hit.cue.tag))
    .sort((a, b) => b.score - a.score);
  const out: Evidence[] = [];
  const usedCue = new Set<string>();
  for (const { hit, field } of best) {
    if (usedCue.has(hit.cue.id)) continue;
    usedCue.add(hit.cue.id);
    out.push(evidenceAt(field, field === 'title' ? title : description, hit.start, hit.end));
    if (out.length >= 6) break;
  }
  return out;
}

// A "unit" is one line, or one sentence of a long line: a bullet or a duty. Two
// neighbouring hits share a unit when no line or sentence break lies between them;
// only the gaps between hits are read, so the cost follows the hits, not the text.
// A break is what /\n|[.;!?]\s+[A-Z]|[a-z.)][A-Z][a-z]/ finds in the gap: a newline, a
// sentence end, spaces and a capital, or a capital glued between lower-case letters
// ("modelsDeploy"). Read with charCodeAt, as the gaps are many and short.

/**
 * Each unit votes once, split between the sides by its own cues, weighted by its
 * section: a tech-stack line listing five ops tools is one ops vote, not five.
 * One pass gives the votes of the whole description and of its responsibilities.
 */
function unitVotes(
  description: string, hits: CueHit<Side>[], kinds: readonly SectionKind[], weights: readonly number[],
): { votes: UnitVotes; dutyVotes: UnitVotes } {
  const votes: UnitVotes = { building: 0, ops: 0 };
  const dutyVotes: UnitVotes = { building: 0, ops: 0 };
  let b = 0;
  let o = 0;
  let unitKind: SectionKind = 'other';
  let unitW = 1;
  const flush = (): void => {
    const t = b + o;
    if (t > 0) {
      const w = unitW * Math.min(1, t / 2);
      votes.building += (w * b) / t;
      votes.ops += (w * o) / t;
      if (unitKind === 'responsibilities') {
        dutyVotes.building += (w * b) / t;
        dutyVotes.ops += (w * o) / t;
      }
    }
    b = 0;
    o = 0;
  };
  let prevEnd = -1;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (prevEnd < 0 || hasUnitBreak(description, prevEnd, h.start)) { flush(); unitKind = kinds[i]!; unitW = weights[i]!; }
    prevEnd = h.end;
    const x = h.cue.weight;
    if (h.cue.tag === 'building') b += x;
    else if (h.cue.tag === 'ops') o += x;
    else { b += x / 2; o += x / 2; }
  }
  flush();
  return { votes, dutyVotes };
}

/** Is there a line or sentence break in text[from, to)? Reads at most a bounded gap. */
function hasUnitBreak(text: string, from: number, to: number): boolean {
  // A long gap between two hits holds a break in any real text; scanning it all
  // would make the cost follow the text, not the hits.
  if (to - from > 400) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters (letters, spaces, digits) start none of the breaks below: a table
    // says so without a branch the processor mispredicts at each space.
    if (c < 128 && BREAK_START[c] === 0) continue;
    if (c === 10) return true; // \n
    if (c === 46 || c === 59 || c === 33 || c === 63) { // . ; ! ?
      let j = i + 1;
      while (j < to && isRegexSpace(text.charCodeAt(j))) j++;
      if (j > i + 1 && j < to && isUpper(text.charCodeAt(j))) return true;
    }
    // [a-z.)][A-Z][a-z], looked for at its capital.
    if (isUpper(c) && i > from && i + 1 < to) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      if (((before >= 97 && before <= 122) || before === 46 || before === 41) && after >= 97 && after <= 122) return true;
    }
  }
  return false;
}

/** 1 at the characters hasUnitBreak looks closer at: \n . ; ! ? and the capitals. */
const BREAK_START = new Uint8Array(128);
for (const c of '\n.;!?ABCDEFGHIJKLMNOPQRSTUVWXYZ') BREAK_START[c.charCodeAt(0)] = 1;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

interface UnitVotes { building: number; ops: number }
