"""
Word lists of the genre: surnames, title endings, role words, verbs.

They are data, kept apart from the rules that read them, and tuned on the
genre (Chinese county and district news) rather than on single sentences.
"""

from __future__ import annotations

import re
from typing import Final

__all__: list[str] = []

#: Single-character surnames, the common ones first (百家姓 by frequency).
SURNAMES: Final = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
    "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段"
    "雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
    "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙"
    "荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳"
    "谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平"
    "计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜"
    "印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸"
    "奉植衡富尧闭由"
    # Less common, but printed as leaders' surnames (not words: 党, 国, 东 stay out).
    "洪傅萧赖阎贝钮荀习郦濮糜邴汲蒯訾竺庾暨禄宦桓仰韶蓟宓弘殳厍莘逄郗隗贲酆羿巢禤"
    # Traditional forms the matching table leaves as printed (龔文俊, 閻偉).
    "蕭呂鐘韋閻龔聶歐畢塗鮑饒簡蘆麥婁竇宮欒叢遲賴"
)

#: Two-character surnames.
COMPOUND_SURNAMES: Final = frozenset(
    (
        "欧阳",
        # As the matching table leaves them: 歐陽 reads as 歐阳.
        "歐阳",
        "歐陽",
        "諸葛",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "夏侯",
        "长孙",
        "宇文",
        "司徒",
        "澹台",
        "端木",
        "西门",
        "南宫",
        "百里",
        "呼延",
        "轩辕",
    )
)

#: The parts Tibetan names are made of, in their usual Chinese spelling: a
#: name is one part or two (扎西, 次仁顿珠, 拉巴确吉), with no surname, so the
#: surname table never reads them. Some name places too (德庆, 尼玛, 贡嘎):
#: after a title the name is the likelier reading; see also the parts below.
_TIBETAN_PARTS: Final = (
    "扎西次仁顿珠卓玛格桑洛桑尼玛多吉平措旦增丹增央宗拉巴普布索朗达瓦达娃边巴"
    "罗布强巴巴桑米玛拉姆曲珍益西德吉白玛措姆央金次旦旦巴加措嘉措嘎玛琼达群培"
    "欧珠次珠桑珠确吉斯朗才让才旦多杰卓嘎德庆旺堆旺久旺姆贡嘎仁青赤列朗杰群珠"
    "次央巴珠拉珍索南土登阿旺仁增坚参坚赞晋美降央泽仁泽旺拉毛尖措边珍普琼达珍"
    "曲扎更登南加顿旦扎巴公保吉美尕玛"
)
TIBETAN_NAME_PARTS: Final = frozenset(
    _TIBETAN_PARTS[i : i + 2] for i in range(0, len(_TIBETAN_PARTS), 2)
)
#: Parts that are a common word or village alone (四郎, 江村): they read only
#: in a two-part name, in the place they take there (四郎扎西, 洛桑江村).
TIBETAN_FIRST_PARTS: Final = frozenset(["四郎"])
TIBETAN_SECOND_PARTS: Final = frozenset(["江村"])

#: Words that end a title: the title is everything up to and including one.
TITLE_ENDINGS: Final = (
    "师",
    "员",
    "作家",
    "企业家",
    "书记",
    "副书记",
    "区长",
    "县长",
    "市长",
    "镇长",
    "乡长",
    "省长",
    "主任",
    "主席",
    "部长",
    "局长",
    "厅长",
    "处长",
    "科长",
    "股长",
    "所长",
    "站长",
    "队长",
    "组长",
    "社长",
    "校长",
    "院长",
    "馆长",
    "会长",
    "秘书长",
    "委员",
    "常委",
    "领导",
    "干部",
    "调研员",
    "巡视员",
    "检察长",
    "庭长",
    "审判长",
    "政委",
    "经理",
    "董事长",
    "总经理",
    "主管",
    "理事长",
    "行长",
    "指导员",
    "网格员",
    "代表",
    "候选人",
    # A post's nominee before the vote: 县政协主席人选, 镇长提名人选.
    "人选",
    "教授",
    "专家",
    "老师",
    "教师",
    "医生",
    "负责人",
    "党组成员",
    "成员",
    "助理",
    "主委",
    "总监",
    "总工",
    "工程师",
    "干事",
    "街道办主任",
    # Boards, Taiwan and Hong Kong posts, and heads of a command.
    "董事",
    "监事",
    "总裁",
    "理事",
    "顾问",
    "参事",
    "督学",
    "立委",
    "里长",
    "召集人",
    "总指挥",
    "副总指挥",
    # The head of a command post (防汛抗旱指挥部总指挥长, 疫情防控指挥部指挥长).
    "指挥长",
    "特首",
    # Autonomous prefectures, banners and leagues.
    "州长",
    "参谋长",
    "司令",
    "旗长",
    "盟长",
    "嘎查长",
    # Heads of a unit, a works or a station (海关关长, 农场场长, 电视台台长).
    "关长",
    "场长",
    "厂长",
    "矿长",
    "台长",
    "园长",
    "段长",
    "邻长",
    "监事长",
    "执行长",
    "总干事",
    "总编辑",
    "主编",
    # Military, police and courts.
    "旅长",
    "师长",
    "营长",
    "连长",
    "教导员",
    "司令员",
    "警长",
    "法官",
    "检察官",
    # Consular posts.
    "领事",
    "总领事",
    "参赞",
    # Officials answering for a river, a lake, a forest or a road.
    "河长",
    "湖长",
    "林长",
    "路长",
    "总统",
    "副总统",
    "总理",
    "发言人",
    "大使",
    "村长",
    "支书",
    "民警",
    "所长",
    "宣讲员",
    "志愿者",
    "选民",
    "居民",
    "党员",
    "劳模",
    "英雄",
    "先进个人",
    "署长",
    "议长",
    "官",
    "司长",
    "长官",
    "议员",
    "团长",
    "代区长",
    "代县长",
    "代市长",
    "代镇长",
    "户主",
    "老人",
)

#: Characters that end a sentence.
FINAL_PUNCT: Final = "。!?…！？"

#: Who stood for an organisation when no name is printed.
#: Titles of those invited to lecture (宣讲团 members, teachers, a 党校's
#: staff, experts): they speak and lead nothing, whether their lecture is a
#: 宣讲 in the lead or words after it (decision 24e).
LECTURER_TITLE: Final = re.compile(
    r"宣[讲講][团團员員]|[讲講][师師]|教授|[专專]家|[老教][师師]|[党黨]校"
)


REPRESENTATIVE_WORDS: Final = (
    "相关负责同志",
    "有关负责同志",
    "主要负责同志",
    "负责同志",
    "相关负责人",
    "有关负责人",
    "主要负责人",
    "负责人",
    "主要领导",
    "分管领导",
    "相关领导",
    "有关领导",
    "领导班子成员",
    "班子成员",
    "党组成员",
    "成员",
    "代表",
    "工作人员",
    "干部职工",
    "党员干部",
    "干部",
    "组织员",
    "一行",
    "全体人员",
)

#: Cities and counties a credit's dateline prints (``记者X 南昌报道``) whose
#: names have a surname's shape (南, 沈, 武...) and no place's ending (市,
#: 县, 州): without this table the run before 报道 would be read as one more
#: reporter's name. Places ending like one need no entry here.
DATELINE_PLACES: Final = frozenset(
    (
        *("石家庄", "沈阳", "哈尔滨", "南京", "南昌", "武汉", "南宁", "银川", "宁波", "金华"),
        *("岳阳", "衡阳", "常德", "安阳", "许昌", "商丘", "信阳", "黄冈", "高邮", "孙吴"),
        *("曲靖", "毕节", "桂林", "玉林", "韶关", "湛江", "江门", "阳江", "揭阳", "云浮"),
        *("南通", "宿迁", "马鞍山", "安庆", "宣城", "南平", "龙岩", "宁德", "吉安", "平顶山"),
        *("焦作", "濮阳", "南阳", "荆门", "张家界", "娄底", "邢台", "衡水", "阳泉", "晋城"),
        *("晋中", "吕梁", "盘锦", "吉林", "白城", "伊春", "南充", "巴中", "安顺", "玉溪"),
        *("普洱", "安康", "商洛", "金昌", "白银", "武威", "张掖", "平凉", "海东", "石嘴山"),
        *("吴忠", "包头", "乌海"),
    )
)
