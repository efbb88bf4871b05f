.class final Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;
.super Ljava/lang/Object;
.source "WXApiImplV10.java"

# interfaces
.implements Lcom/tencent/mm/opensdk/openapi/IWXAPI;


# instance fields
.field private appId:Ljava/lang/String;

.field private checkSignature:Z

.field private context:Landroid/content/Context;


# direct methods
.method constructor <init>(Landroid/content/Context;Ljava/lang/String;Z)V
    .registers 4

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->context:Landroid/content/Context;

    iput-object p2, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->appId:Ljava/lang/String;

    iput-boolean p3, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->checkSignature:Z

    return-void
.end method


# virtual methods
.method public getWXAppSupportAPI()I
    .registers 2

    const v0, 0x27000d00

    return v0
.end method

.method public handleIntent(Landroid/content/Intent;Lcom/tencent/mm/opensdk/openapi/IWXAPIEventHandler;)Z
    .registers 4

    const/4 v0, 0x0

    return v0
.end method

.method public isWXAppInstalled()Z
    .registers 5

    const/4 v0, 0x0

    :try_start_1
    iget-object v1, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->context:Landroid/content/Context;

    invoke-virtual {v1}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;

    move-result-object v1

    const-string v2, "com.tencent.mm"

    const/16 v3, 0x40

    invoke-virtual {v1, v2, v3}, Landroid/content/pm/PackageManager;->getPackageInfo(Ljava/lang/String;I)Landroid/content/pm/PackageInfo;

    move-result-object v1
    :try_end_e
    .catch Ljava/lang/Exception; {:try_start_1 .. :try_end_e} :catch_13

    if-eqz v1, :cond_12

    const/4 v0, 0x1

    :cond_12
    return v0

    :catch_13
    return v0
.end method

.method public registerApp(Ljava/lang/String;)Z
    .registers 3

    iput-object p1, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->appId:Ljava/lang/String;

    const/4 v0, 0x1

    return v0
.end method

.method public sendReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)Z
    .registers 3

    const/4 v0, 0x1

    return v0
.end method
