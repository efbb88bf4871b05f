.class public Lcom/example/youxi/GameBoxApp;
.super Landroid/app/Application;
.source "GameBoxApp.java"


# static fields
.field private static final UMENG_APPKEY:Ljava/lang/String; = "6512ab07b2f6fa00ba5e1c3d"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 7

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const/4 v0, 0x0

    invoke-static {v0}, Lcom/umeng/commonsdk/UMConfigure;->setLogEnabled(Z)V

    const-string v2, "6512ab07b2f6fa00ba5e1c3d"

    const-string v3, "huawei"

    invoke-static {p0, v2, v3}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    const/4 v4, 0x1

    const-string v5, ""

    move-object v1, p0

    invoke-static/range {v1 .. v5}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    invoke-static {v0}, Lcn/jpush/android/api/JPushInterface;->setDebugMode(Z)V

    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V

    invoke-static {p0}, Lcom/example/youxi/GameCatalog;->warmUp(Landroid/content/Context;)V

    return-void
.end method
