.class public final Lcom/example/cesu/SpeedHistory;
.super Ljava/lang/Object;
.source "SpeedHistory.java"


# instance fields
.field private final prefs:Landroid/content/SharedPreferences;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 4

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const-string v0, "speed_history"

    const/4 v1, 0x0

    invoke-virtual {p1, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    iput-object v0, p0, Lcom/example/cesu/SpeedHistory;->prefs:Landroid/content/SharedPreferences;

    return-void
.end method


# virtual methods
.method public last()Ljava/lang/String;
    .registers 4

    iget-object v0, p0, Lcom/example/cesu/SpeedHistory;->prefs:Landroid/content/SharedPreferences;

    const-string v1, "last"

    const-string v2, "--"

    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;

    move-result-object v0

    return-object v0
.end method

.method public record(Ljava/lang/String;)V
    .registers 4

    iget-object v0, p0, Lcom/example/cesu/SpeedHistory;->prefs:Landroid/content/SharedPreferences;

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string v1, "last"

    invoke-interface {v0, v1, p1}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    return-void
.end method
