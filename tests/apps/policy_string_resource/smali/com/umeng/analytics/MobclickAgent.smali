.class public Lcom/umeng/analytics/MobclickAgent;
.super Ljava/lang/Object;
.source "MobclickAgent.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static onEvent(Landroid/content/Context;Ljava/lang/String;)V
    .registers 2

    return-void
.end method

.method public static onPause(Landroid/content/Context;)V
    .registers 1

    return-void
.end method

.method public static onResume(Landroid/content/Context;)V
    .registers 1

    return-void
.end method

.method public static setPageCollectionMode(Lcom/umeng/analytics/MobclickAgent$PageMode;)V
    .registers 1

    return-void
.end method
