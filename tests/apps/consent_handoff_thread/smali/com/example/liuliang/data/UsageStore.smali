.class public final Lcom/example/liuliang/data/UsageStore;
.super Ljava/lang/Object;
.source "UsageStore.java"


# static fields
.field private static sPrefs:Landroid/content/SharedPreferences;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static init(Landroid/content/Context;)V
    .registers 3

    const-string v0, "usage"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    sput-object v0, Lcom/example/liuliang/data/UsageStore;->sPrefs:Landroid/content/SharedPreferences;

    return-void
.end method

.method public static monthlyQuotaMb()I
    .registers 3

    sget-object v0, Lcom/example/liuliang/data/UsageStore;->sPrefs:Landroid/content/SharedPreferences;

    const-string v1, "quota_mb"

    const/16 v2, 0x2800

    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getInt(Ljava/lang/String;I)I

    move-result v0

    return v0
.end method

.method public static savePlan(Ljava/lang/String;)V
    .registers 3

    sget-object v0, Lcom/example/liuliang/data/UsageStore;->sPrefs:Landroid/content/SharedPreferences;

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string v1, "carrier_plan"

    invoke-interface {v0, v1, p0}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    return-void
.end method
