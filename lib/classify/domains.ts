// Application domains: industries and product areas whose knowledge a posting may
// ask for beyond ML itself (LABELS.md, axis 2). Techniques (NLP, vision, LLMs, RL)
// are modalities, not domains, and are not listed here.
//
// Ids are the names the labelled corpus uses; domains outside the core list are
// named `other:<name>`, as the schema allows.

export interface Domain {
  id: string;
  /** For people: the page shows this. */
  name: string;
  /** Regex source (non-capturing groups only) for mentions in the description. */
  pattern: string;
  /** Regex source for the title, where a bare area name is enough ("…, Ads", "Search ML"). */
  titlePattern?: string;
}

export const DOMAINS: readonly Domain[] = [
  {
    id: 'healthcare', name: 'Healthcare',
    pattern: "health ?care|(?:medical|clinical) (?:ontolog(?:y|ies)|coding systems?)|immagini mediche|imagerie m[ée]dicale|im[áa]genes m[ée]dicas|imagens m[ée]dicas|medische beeld\\w*|medizinische bild\\w*|obrazowani\\w* medyczn\\w*|umls|snomed(?: ct)?|icd-?(?:9|10|11)(?:-cm)?|loinc|hl7|fhir|health (?:care |tech|industry|data|insurance|systems?|outcomes|records?|sector|space|domain)|healthtech|clinical(?: data| trials?| workflows?| domain| settings?| research| applications?| decision)?|clinicians?|medical (?:imaging|devices?|data|records?|domain|field|knowledge|industry|terminology|coding)|medicine|patients|patient (?:data|records?|care|outcomes|safety|experience|journeys?|engagement|populations?|monitoring|privacy)|hospitals?|ehrs?|electronic (?:health|medical) records?|hipaa|epidemiolog\\w*|pathology|radiology|oncology|cardiology|(?<!(?:model|system|network|performance|error|code|regression|runtime|engine) )diagnostics|(?<!(?:insurance|p&c|auto|property|casualty|motor|home|car|liability|warranty) )claims data|payers?|providers? data|rehab\\w*|therap(?:y|ies)|mental health|digital health|telehealth|sant[ée]|salud|sa[uú]de|gesundheitswesen|sanit[àa]|sanitari[oa]|m[ée]dicales?|hospitalier|hospitalario|hospitalar|gezondheidszorg|zorg(?:data|sector|verzekeraars?|instellingen|domein)|gesundheits(?:branche|sektor|bereich|daten)|medizin(?:technik|produkte?|ische\\w* daten)|klinische\\w* daten|donn[ée]es (?:de sant[ée]|m[ée]dicales|cliniques)|datos (?:cl[ií]nicos|m[ée]dicos|de salud)|dados (?:cl[ií]nicos|m[ée]dicos|de sa[uú]de)|ochron[ay] zdrowia|medyczn\\w*",
    // "Platform Health", "Model Health": how well a system runs, not the health industry.
    titlePattern: 'health ?care|clinical|medical|pathology|oncology|medicine|(?<!(?:platform|system|service|model|data|site|fleet|cluster|infrastructure|network|pipeline|account|code|app) )health',
  },
  {
    id: 'biotech', name: 'Biotech & life sciences',
    pattern: "biotech\\w*|biolog(?:y|ical)(?: data| processes| sciences?)?|bioinformatics?|computational biology|genomics?|genetics?|genomic data|statistical genetics|sequencing|proteins?|proteomics|metabolomics|molecular|biomarkers?|drug discovery|drug development|pharma(?:ceuticals?)?|life[- ]sciences?|biomedical|cheminformatics|enzymes?|cell biology|high[- ]throughput biology|translational medicine|(?:bio\\w*|gene|disease|biomedical) ontolog(?:y|ies)",
    titlePattern: 'bio\\w*|genomics?|drug discovery|translational medicine|oncology|computational chemist\\w*',
  },
  {
    id: 'finance', name: 'Finance',
    pattern: "finance|financial (?:services?|industry|sector|institutions?|crimes?|markets?|modell?ing|data|products?|risk|analysis|statements?)|financial (?:or|and|&) (?:credit|banking|insurance|capital) (?:markets?|sectors?|industr(?:y|ies))|credit markets?|fin-?tech|banks?(?! holidays?)|banking|bank products|trading(?! cards?\\b)|quant(?:itative)? (?:finance|trading|research)|hedge funds?|asset management|private (?:credit|equity|markets)|fund (?:administration|accounting)|venture capital|brokerage|investment|credit (?:risk|cards?|scoring|underwriting|decisioning)|lending|loans?|mortgages?|payments?|payroll|anti[- ]money[- ]laundering|aml|kyc|kyb|fraud(?: detection| prevention| risk)?|financial crimes?|fp&a|accounting|bookkeeping|taxes|merchant analytics|wealth management|capital markets|banca|bancari[oa]s?|banques?|bancaires?|sector bancario|setor banc[aá]rio|finanzas|finan[cç]as|finanzen|finanziari[oa]|servicios financieros|services financiers|servi[cç]os financeiros|finanzdienstleist\\w*|riesgos financieros|risques financiers|financi[eë]le (?:sector|dienstverlening|instellingen)|bankwezen|bankensector|banksector|financi[eë]le sector|finanzsektor|finanzbranche|fraude|(?:risco|riesgo|risque) de cr[ée]dito?|setor financeiro|sector financiero|mercados? financeiros?|mercados? financieros?|march[ée]s? financiers?|mercado de cr[ée]dito|bfsi|banken(?:umfeld|branche|sektor|wesen)?|finanz(?:umfeld|wesen|industrie|markt|m[äa]rkte)|bankow[a-zą-ż]*|sektor(?:ze|a)? (?:finansow|bankow)[a-zą-ż]*",
    titlePattern: 'financ\\w*|fintech|fraud|fraude|risk|trading|banking|credit|cr[ée]dito?|payments?|financial crimes?|aml|quant',
  },
  {
    id: 'insurance', name: 'Insurance',
    pattern: "insurance|insurtech|actuarial|underwriting|p&c|property (?:and|&) casualty|claims (?:processing|management|data)|denied claims|policyholders?|versicherung\\w*|(?<=(?:l['’]|en |d['’]))assurance|assureurs?|aseguradoras?|sector asegurador|(?:sector|compa[ñn][ií]as?) de seguros|seguradoras?|verzekering\\w*|verzekeraars?|assicurazion[ei]|assicurativ[oa]|ubezpiecze\\w*",
    titlePattern: 'insurance|actuarial|underwriting|claims',
  },
  {
    id: 'climate', name: 'Climate & environment',
    pattern: "climate|carbon(?: markets?| credits?| removal)?|weather|terrestrial ecosystems?|natural ecosystems?|land cover|forestry|forest (?:carbon|monitoring|cover|inventory)|biodiversity|earth science|environmental (?:science|data)|sustainability",
    titlePattern: 'climate|carbon|weather|earth',
  },
  {
    id: 'energy', name: 'Energy & utilities',
    pattern: "(?<!(?:free|binding|potential|kinetic|activation|high|low|your|boundless)[- ])energy(?! (?:functions?|minimi[sz]ation|landscapes?|based|levels?|perturbation|and (?:enthusiasm|passion|drive))\\b)(?: sector| industry| markets?| analytics)?|utilit(?:y|ies) (?:(?:or|and|&) [\\w-]+ )?(?:industry|sector|experience|data)|smart[- ]meter(?:s|ing)?(?: data)?|regulated utilit(?:y|ies)|power (?:grid|systems?|plants?)|(?:electric(?:al|ity)?|energy|smart|power) grids?|grid (?:operators?|operations|stability|modernization|infrastructure|management|balancing|integration|reliability|edge|scale storage)|oil (?:and|&) gas|renewables|renewable (?:energy|power|generation|sources?|assets?)|solar|wind (?:power|energy)|batter(?:y|ies)|[ée]nergie[a-zß-ÿ]*|energ[ií]a|energ[ée]tic[oa]s?|energetyk\\w*|energetyczn\\w*|energiesector",
    // Not Power BI or Power Platform, nor a grid search.
    titlePattern: 'energy|utilit(?:y|ies)|power(?! (?:bi|platform|apps?|automate|query|pivot|users?)\\b)|grid(?! search)',
  },
  {
    id: 'geospatial', name: 'Geospatial',
    pattern: "geospatial|gis|arcgis|remote sensing|satellite (?:imagery|data)|earth observation|geoprocessing|geographic information|mapping data|maps data|lidar point clouds?(?! (?:from|of|on|for) (?:our |the )?(?:autonomous |self-driving )?(?:vehicles?|cars?|robots?|trucks?))|spatial data|geo data",
    titlePattern: 'geospatial|geo|gis|maps|mapping|remote sensing',
  },
  {
    id: 'autonomous-driving', name: 'Autonomous driving',
    pattern: "autonomous (?:driving|vehicles?|trucking|cars?)|self[- ]driving|driverless|robotaxis?|avs?|adas|automated driving|automotive|iso 26262|sotif|vehicle perception|automobil(?:industrie|branche|bereich|e)|fahrzeug(?:industrie|technik|daten)|secteur automobile|industria automotriz|sector (?:de )?automoci[oó]n|setor automotivo|ind[úu]stria autom[óo]vel|automotive-?sector|motoryzac\\w*",
    titlePattern: 'autonomous|self[- ]driving|av|adas|automotive|driving|automatisiert\\w* fahren|autonome[sn]? fahren|conduite autonome|conducci[oó]n aut[oó]noma',
  },
  {
    id: 'robotics', name: 'Robotics',
    pattern: "robotics?|robots?|robotic (?:systems?|manipulation|platforms?|environments?)|embodied ai|autonomous robots?|drones?|uavs?|uas",
    titlePattern: 'robotics?|robots?',
  },
  {
    id: 'ads', name: 'Advertising',
    pattern: "ads|advertising|advertisers?|ad[- ]?tech|ad (?:targeting|ranking|serving|measurement|auctions?|platforms?|systems?|domain)|ads (?:domain|measurement|ranking|retrieval|targeting)|programmatic(?= (?:advertising|ads?|media|buying|display|marketing|auctions?|bidding|campaigns?|inventory|video|audio|channels?|demand|supply|ecosystem|industry|landscape|trading|platforms?)\\b)|real[- ]time bidding|rtb|bidding|auctions?|click[- ]through|ctr|cvr|conversion (?:modell?ing|prediction)|campaign (?:measurement|optimi[sz]ation)|digital marketing platforms?|digital analytics|sales and marketing",
    titlePattern: 'ads|advertising|ad tech|adtech|bidding',
  },
  {
    id: 'recommendations', name: 'Recommender systems',
    pattern: "(?<=(?:ranking|search|ads|advertising|personali[sz]ation),? (?:and |or |& )?)recommendations?\\b|recommend(?:ation|er)s? (?:(?:or|and|&) [\\w-]+ )?(?:systems?|engines?|algorithms?|models?)|recommenders?|recsys|personali[sz]ation|empfehlungs(?:systemen?|algorithmen|modelle?n?)|personalisierung|syst[eè]mes? de recommandation|sistemas? de recomendaci[oó]n|aanbevelingssystemen?|sistemi di raccomandazione|sistemas de recomenda[cç][aã]o|rekomendac\\w*|personali[sz]ed (?:algorithms?|recommendations?|experiences?)|feed (?:ranking|relevance)|collaborative filtering",
    titlePattern: 'recommend\\w*|personali[sz]ation|recsys|(?<!search )relevance',
  },
  {
    id: 'search', name: 'Search & ranking',
    pattern: "(?<!(?:neighbou?r|vector|semantic|similarity|hybrid|neural|embedding|knn|ann) )search (?:ranking|relevance|engines?|systems?|architecture|quality|infrastructure|products?|experience)|search(?:,| and| &| or|/) ?(?:ranking|recommendation)s?|query understanding|learning to rank|ranking systems?|suchmaschinen?|such(?:systeme?|technologie)|such-(?= (?:und|oder) empfehlungs)|moteurs? de recherche|motores? de b[uú]squeda|zoek(?:machines?|systemen?|technologie)|zoek-(?= (?:of|en) aanbevelings)|wyszukiwar\\w*",
    titlePattern: 'search|ranking|relevance|information retrieval',
  },
  {
    id: 'speech', name: 'Speech & voice',
    pattern: "speech(?: recognition|[- ]to[- ]text| synthesis| processing)|asr|text[- ]to[- ]speech|tts|voice (?:assistants?|recognition|ai)|spoken language",
    titlePattern: 'speech|voice',
  },
  {
    id: 'legal', name: 'Legal',
    pattern: "legal(?: domain| industry| space| tech| applications?| documents?| research)?(?! (?:right|rights|authori[sz]ation|status|age|entity|entities|name|notice|requirements?|obligations?|holidays?|tender|counsel|department|team)\\b)|law firms?|litigation|contracts? (?:review|analysis)|e-?discovery|paralegal|(?<!(?:entit[ée]|personne|forme|structure|statut) )juridiques?|domaine du droit|(?<!(?:pessoa|persona|entidade|entidad|forma|personalidade) )jur[ií]dic[oa]s?|rechtsgebiet|juristische[nrs]?|legaltech",
    titlePattern: 'legal|law',
  },
  {
    id: 'security', name: 'Cybersecurity',
    pattern: "cyber ?security|cyber|information security|network security|application security|security (?:operations|research|domain|industry|analytics|engineering|principles|threats?|certifications?)|security\\+|offensive security|penetration testing|pen[- ]?test(?:s|ing|ers?)?|appsec|threat (?:analysis|intelligence|detection|hunting|modell?ing)|malware|phishing|spam|intrusion detection|vulnerabilit(?:y|ies)|owasp|siem|(?<!on-call (?:and|&|\/) )incident response(?! for (?:our |the )?production)|anti-?abuse|device identification|bug bounty",
    titlePattern: 'security|cyber\\w*|threat|malware|fraud',
  },
  {
    id: 'retail', name: 'Retail & e-commerce',
    pattern: "retail|e-?commerce|consumer goods|cpg|loyalty(?: programs?)?|merchandising|shopping|grocery|fashion|commerce de d[ée]tail|grande distribution|comercio minorista|venta minorista|varejo|retalho|einzelhandel|vendita al dettaglio",
    titlePattern: 'retail|e-?commerce',
  },
  {
    id: 'supply-chain', name: 'Supply chain & logistics',
    // A fleet of GPUs or servers and an inventory of models or data are not logistics.
    pattern: "supply[- ]chains?|logistics|transportation|(?<!(?:model|data|asset|feature|ai|ml|application|software|hardware|gpu|compute) )inventory|demand planning|warehous(?:e|ing) operations|(?:vehicle|delivery|truck(?:ing)?|car|van) fleets?|fleet (?:management|operations|logistics|optimi[sz]ation|routing|telematics)|routing optimi[sz]ation|logistik\\w*|logistiek|logistique|log[ií]stica|logistyk\\w*|lieferkett\\w*|cha[iî]ne d['’]approvisionnement|cadena de (?:suministro|abastecimiento)|cadeia de (?:suprimentos|abastecimento)|toeleveringsketen|łańcuch\\w* dostaw",
    titlePattern: 'supply chain|logistics',
  },
  {
    id: 'manufacturing', name: 'Manufacturing',
    pattern: "manufacturing|industrial (?:process(?:es)?|plants?|settings?)|(?<!data )factor(?:y|ies)(?! (?:pattern|method|class|function)s?\\b)|cement|lime (?:and|&) cement|predictive maintenance|process engineering|semiconductor manufacturing|fertigung\\w*|maschinendaten|produzierende\\w* (?:gewerbe|industrie|unternehmen)|industrie ?4[.,]0|industrie manufacturi[eè]re|secteur industriel|milieu industriel|usines?|manufactura|sector industrial|f[áa]bricas?|ind[úu]stria transformadora|setor industrial|maakindustrie|fabrieken?|produkcj[aiię] przemysłow\\w*|branż\\w* produkcyjn\\w*|zakład\\w* produkcyjn\\w*|produkcyjn\\w*",
    titlePattern: 'manufacturing',
  },
  {
    id: 'telecom', name: 'Telecommunications',
    pattern: "telecom\\w*|t[ée]l[ée]communications?|telecomunica[cç]\\w*|telekommunikation|telekomunikac\\w*|network management|5g|wireless networks?|mobile networks?",
    titlePattern: 'telecom\\w*',
  },
  {
    id: 'gaming', name: 'Gaming',
    // Game engines (Unity, Unreal) are tools of simulation, robotics and AR as much as of games.
    pattern: "gaming|game (?:development|design|industry)|video games?|games industry",
    titlePattern: 'gaming|games?',
  },
  {
    id: 'media', name: 'Media & streaming',
    pattern: "video streaming|streaming industry|media industry|publishing(?: industry)?|digital media|newsrooms?|journalism|news(?: media| industry)?|music streaming|entertainment industry",
    titlePattern: 'media|streaming(?! (?:data|pipelines?|analytics|infrastructure|etl|systems?)\\b)',
  },
  {
    id: 'education', name: 'Education',
    pattern: "education(?:al)? (?:technology|industry|sector|domain|data)|ed-?tech|learning sciences|k-12|higher education|pedagog\\w*",
    titlePattern: 'education|edtech',
  },
  {
    id: 'other:marketing', name: 'Marketing',
    pattern: "marketing(?: analytics| technology| mix| data| science| measurement| campaigns?| attribution)?|martech|user growth|customer retention|crm|customer lifetime value",
    titlePattern: 'marketing|growth',
  },
  {
    id: 'other:industrial-control', name: 'Industrial control',
    pattern: "industrial control(?: systems?)?|industrial controls|process control|industrial applications?|scada|plcs?|(?<!(?:version|source|revision) )control systems|fluid dynamics|heat transfer",
    titlePattern: 'industrial',
  },
  {
    id: 'other:music', name: 'Music',
    pattern: 'music (?:production|industry|theory|technology|tech|information retrieval|generation|composition|creation|creators?)|musicians?|musicology',
    titlePattern: 'music',
  },
  {
    id: 'other:iot', name: 'IoT',
    pattern: 'iot|internet of things',
  },
  {
    id: 'other:agriculture', name: 'Agriculture',
    pattern: 'agricultur\\w*|agronom\\w*|agropecuari\\w*|agroalimentaire|agrar\\w*|landbouw|rolnict\\w*|farming|crops?|plant breeding',
    titlePattern: 'agricultur\\w*|agronom\\w*',
  },
  {
    id: 'other:aviation', name: 'Aviation',
    // Not a degree's field ("Aerospace Engineering" among the accepted degrees).
    pattern: 'aviation(?: domain| industry)?|aerospace(?! engineering)|avionics|flight (?:data|operations)',
    titlePattern: 'aviation|aerospace',
  },
  {
    id: 'other:chemistry', name: 'Chemistry',
    pattern: 'chemistry|chemical|computational chemistry|mass spectrometry|chemists?',
    titlePattern: 'chemist\\w*',
  },
  {
    id: 'other:materials', name: 'Materials',
    // Bare "materials" is mostly application, sales or course materials: only the science counts.
    pattern: 'materials? (?:science|engineering|discovery|design|informatics|chemistry|research)|(?:battery|polymer|semiconductor|advanced|novel|energy|composite) materials|materials(?=,? (?:or|and) (?:chemical|physical|life|natural) sciences?)',
  },
  {
    id: 'other:nuclear', name: 'Nuclear',
    pattern: 'nuclear',
  },
  {
    id: 'other:trust-and-safety', name: 'Trust & safety',
    // "Data integrity", "code integrity" and "integrity of the pipeline" are engineering, not trust & safety.
    pattern: "trust (?:and|&) safety|(?:platform|content|site|marketplace|ads?|account|election|civic|product|media|community|business|review|payments?) integrity|integrity (?:teams?|work|engineering|signals?|systems?|classifiers?|problems?|issues?|risks?|violations?|enforcement|efforts?|space|domain)|content moderation|anti-?abuse|abuse detection",
    // AI or model safety is a research area of ML itself; data or code integrity is engineering.
    titlePattern: 'trust (?:and|&) safety|(?<!(?:data|code|model|system) )integrity|(?<!(?:ai|model|llm|functional|frontier|alignment|agi|gemini|claude|gpt|agent|agentic) )safety(?! (?:evaluations?|evals?|research|alignment)\\b)',
  },
  {
    id: 'other:hospitality', name: 'Restaurants & hospitality',
    pattern: 'restaurant (?:industry|sector|tech(?:nology)?|operations)|hospitality(?: industry| sector| tech(?:nology)?)?|food ?service(?: industry)?',
  },
  {
    id: 'other:pricing', name: 'Pricing',
    pattern: 'pricing(?: models?| strategy| optimi[sz]ation)?|price optimi[sz]ation|dynamic pricing',
    titlePattern: 'pricing',
  },
  {
    id: 'other:procurement', name: 'Procurement',
    pattern: 'procurement(?: platforms?)?|spend management',
  },
  {
    id: 'other:marketplace', name: 'Marketplaces',
    pattern: '(?<!(?:advertising|ads?) )marketplaces?|two[- ]sided',
  },
  {
    id: 'other:customer-support', name: 'Customer support & contact centres',
    pattern: 'contact[- ]cent(?:er|re)s?|call[- ]cent(?:er|re)s?|help ?desk (?:software|platforms?|systems?|tools?)|ccaas|genesys|five9|customer (?:support|service) (?:software|platforms?|operations|industry|domain|tools?)',
  },
  {
    id: 'other:sales', name: 'Sales',
    pattern: 'b2b sales|sales[- ](?:tech|technology|operations|ops|enablement|intelligence|domain|industry)|revenue operations|revops',
  },
  {
    id: 'other:real-estate', name: 'Real estate',
    pattern: 'real estate|proptech|property (?:management|listings|valuations?|market)|immobilier|inmobiliari[oa]|imobili[áa]ri[oa]|immobilien\\w*|vastgoed',
  },
  {
    id: 'other:sports', name: 'Sports',
    pattern: 'sports? (?:data|analytics|industry|betting|science|performance)|sportsbooks?|player tracking|athlete (?:data|performance)',
  },
  {
    id: 'other:hr', name: 'HR & people analytics',
    pattern: 'hr ?tech|hr (?:data|industry|analytics)|people analytics|human resources (?:data|industry|analytics)|ats data|workforce analytics|talent acquisition data',
  },
  {
    id: 'other:travel', name: 'Travel',
    pattern: 'travel(?: industry| tech(?:nology)?| booking| data| sector)|online travel|(?<=(?:in|and|or) )travel(?= (?:or|and|industry|sector|\\w+ (?:industry|sector))\\b)',
  },
  {
    id: 'other:public-sector', name: 'Public sector',
    pattern: 'public[- ]sector(?: data)?|government (?:data|agencies|programs?)|census data|medicaid(?: data)?|medicare data|civic tech',
  },
  {
    id: 'other:psychology', name: 'Psychology & child development',
    pattern: '(?:child |developmental |cognitive )?psychology|child(?:hood)? development|behaviou?ral science',
  },
];

const BY_ID = new Map(DOMAINS.map((d) => [d.id, d]));

/**
 * Any other named industry asked for ("experience in the performance management
 * industry" → other:performance-management): a fallback the scope axis looks for only
 * where no listed domain is asked for. Words before "industry" that name no industry are skipped.
 */
export const NOT_AN_INDUSTRY: ReadonlySet<string> = new Set(
  ('the a an this that our your their its any same of in for across and or to with from within whole entire tech technology ' +
    // Words a Romance or Germanic phrase puts before "sector" ("conocimiento del sector agropecuario").
    'del de la el los las le les du des do da dos das della dello dei van het der die das den en em no na nel nella ' +
    'software saas ai b2b b2c startup consulting public private related relevant data analytics fast-paced growing regulated ' +
    'professional corporate nonprofit non-profit leading standard modern major various other every each diverse different ' +
    'multiple many key broad wide global own years year proven have has had strong prior previous extensive solid').split(' '),
);

export function domainById(id: string): Domain | undefined {
  return BY_ID.get(id);
}

/** The name the labelled corpus uses for a domain id (ids already follow it). */
export function goldDomainName(id: string): string {
  return id;
}
