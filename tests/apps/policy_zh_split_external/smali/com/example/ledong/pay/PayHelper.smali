.class public final Lcom/example/ledong/pay/PayHelper;
.super Ljava/lang/Object;
.source "PayHelper.java"


# static fields
.field private static final WX_APP_ID:Ljava/lang/String; = "wx2b71f0c9e58d4a63"

.field private static sWxApi:Lcom/tencent/mm/opensdk/openapi/IWXAPI;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static payWithAlipay(Landroid/app/Activity;Ljava/lang/String;)V
    .registers 4

    new-instance v0, Lcom/example/ledong/pay/PayHelper$1;

    invoke-direct {v0, p0, p1}, Lcom/example/ledong/pay/PayHelper$1;-><init>(Landroid/app/Activity;Ljava/lang/String;)V

    new-instance v1, Ljava/lang/Thread;

    invoke-direct {v1, v0}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V

    invoke-virtual {v1}, Ljava/lang/Thread;->start()V

    return-void
.end method

.method public static payWithWeChat(Lorg/json/JSONObject;)Z
    .registers 4
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Lorg/json/JSONException;
        }
    .end annotation

    new-instance v0, Lcom/tencent/mm/opensdk/modelpay/PayReq;

    invoke-direct {v0}, Lcom/tencent/mm/opensdk/modelpay/PayReq;-><init>()V

    const-string v1, "wx2b71f0c9e58d4a63"

    iput-object v1, v0, Lcom/tencent/mm/opensdk/modelpay/PayReq;->appId:Ljava/lang/String;

    const-string v1, "partnerid"

    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;

    move-result-object v1

    iput-object v1, v0, Lcom/tencent/mm/opensdk/modelpay/PayReq;->partnerId:Ljava/lang/String;

    const-string v1, "prepayid"

    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;

    move-result-object v1

    iput-object v1, v0, Lcom/tencent/mm/opensdk/modelpay/PayReq;->prepayId:Ljava/lang/String;

    const-string v1, "sign"

    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;

    move-result-object v1

    iput-object v1, v0, Lcom/tencent/mm/opensdk/modelpay/PayReq;->sign:Ljava/lang/String;

    sget-object v1, Lcom/example/ledong/pay/PayHelper;->sWxApi:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    invoke-interface {v1, v0}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->sendReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)Z

    move-result v0

    return v0
.end method

.method public static registerWeChat(Landroid/content/Context;)V
    .registers 3

    const-string v0, "wx2b71f0c9e58d4a63"

    const/4 v1, 0x1

    invoke-static {p0, v0, v1}, Lcom/tencent/mm/opensdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;Z)Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    move-result-object v1

    invoke-interface {v1, v0}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z

    sput-object v1, Lcom/example/ledong/pay/PayHelper;->sWxApi:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    return-void
.end method
