.class public final Lcom/example/zhangchu/share/ShareManager;
.super Ljava/lang/Object;
.source "ShareManager.java"


# static fields
.field private static final QQ_APP_ID:Ljava/lang/String; = "102038411"

.field private static final WX_APP_ID:Ljava/lang/String; = "wx5c9d3e0a71b24f68"

.field private static sTencent:Lcom/tencent/tauth/Tencent;

.field private static sWx:Lcom/tencent/mm/opensdk/openapi/IWXAPI;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static init(Landroid/content/Context;)V
    .registers 4

    const-string v0, "wx5c9d3e0a71b24f68"

    const/4 v1, 0x0

    invoke-static {p0, v0, v1}, Lcom/tencent/mm/opensdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;Z)Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    move-result-object v2

    invoke-interface {v2, v0}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z

    sput-object v2, Lcom/example/zhangchu/share/ShareManager;->sWx:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    const-string v0, "102038411"

    invoke-static {v0, p0}, Lcom/tencent/tauth/Tencent;->createInstance(Ljava/lang/String;Landroid/content/Context;)Lcom/tencent/tauth/Tencent;

    move-result-object v0

    sput-object v0, Lcom/example/zhangchu/share/ShareManager;->sTencent:Lcom/tencent/tauth/Tencent;

    return-void
.end method

.method public static shareToQQ(Landroid/app/Activity;Ljava/lang/String;Ljava/lang/String;)V
    .registers 6

    sget-object v0, Lcom/example/zhangchu/share/ShareManager;->sTencent:Lcom/tencent/tauth/Tencent;

    if-eqz v0, :cond_0

    invoke-virtual {v0, p0}, Lcom/tencent/tauth/Tencent;->isQQInstalled(Landroid/content/Context;)Z

    move-result v1

    if-eqz v1, :cond_0

    new-instance v1, Landroid/os/Bundle;

    invoke-direct {v1}, Landroid/os/Bundle;-><init>()V

    const-string v2, "title"

    invoke-virtual {v1, v2, p1}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V

    const-string v2, "targetUrl"

    invoke-virtual {v1, v2, p2}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V

    const/4 v2, 0x0

    invoke-virtual {v0, p0, v1, v2}, Lcom/tencent/tauth/Tencent;->shareToQQ(Landroid/app/Activity;Landroid/os/Bundle;Lcom/tencent/tauth/IUiListener;)V

    :cond_0
    return-void
.end method

.method public static shareToWeChat(Ljava/lang/String;I)Z
    .registers 4

    sget-object v0, Lcom/example/zhangchu/share/ShareManager;->sWx:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    if-nez v0, :cond_0

    const/4 v0, 0x0

    return v0

    :cond_0
    new-instance v1, Lcom/tencent/mm/opensdk/modelmsg/SendMessageToWX$Req;

    invoke-direct {v1}, Lcom/tencent/mm/opensdk/modelmsg/SendMessageToWX$Req;-><init>()V

    iput-object p0, v1, Lcom/tencent/mm/opensdk/modelmsg/SendMessageToWX$Req;->webpageUrl:Ljava/lang/String;

    iput p1, v1, Lcom/tencent/mm/opensdk/modelmsg/SendMessageToWX$Req;->scene:I

    invoke-interface {v0, v1}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->sendReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)Z

    move-result v0

    return v0
.end method
