.class public final Lcom/example/zhijia/device/DeviceBinding;
.super Ljava/lang/Object;
.source "DeviceBinding.java"


# static fields
.field private static sPrefs:Landroid/content/SharedPreferences;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static bind(Ljava/lang/String;)V
    .registers 3

    sget-object v0, Lcom/example/zhijia/device/DeviceBinding;->sPrefs:Landroid/content/SharedPreferences;

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string v1, "bound_phone"

    invoke-interface {v0, v1, p0}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    return-void
.end method

.method public static init(Landroid/content/SharedPreferences;)V
    .registers 1

    sput-object p0, Lcom/example/zhijia/device/DeviceBinding;->sPrefs:Landroid/content/SharedPreferences;

    return-void
.end method

.method public static isBound()Z
    .registers 2

    sget-object v0, Lcom/example/zhijia/device/DeviceBinding;->sPrefs:Landroid/content/SharedPreferences;

    const-string v1, "bound_phone"

    invoke-interface {v0, v1}, Landroid/content/SharedPreferences;->contains(Ljava/lang/String;)Z

    move-result v0

    return v0
.end method
